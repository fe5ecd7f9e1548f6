import { Kysely, PostgresDialect } from "kysely";
import type pg from "pg";
import type { Database } from "./types.ts";

export type Db = Kysely<Database>;

export function createDb(pool: pg.Pool): Db {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
