import type pg from "pg";
import type { Config } from "../config.ts";
import { createDb, type Db } from "../db/database.ts";
import { startEmbeddedDatabase } from "../db/embedded.ts";
import { migrate } from "../db/migrate.ts";
import { createPool } from "../db/pool.ts";

export interface OpenDatabase {
  pool: pg.Pool;
  db: Db;
  mode: "embedded" | "server";
  /** Where the data lives, for people reading the start-up banner. */
  location: string;
  close(): Promise<void>;
}

// PGlite has one session; its socket multiplexer interleaves concurrent transactions badly (measured:
// a stall with 6 concurrent conditional updates), so the embedded pool has exactly one connection.
// docs/adr/0002-embedded-single-connection.md
const EMBEDDED_POOL_MAX = 1;
const SERVER_POOL_MAX = 10;

/** DATABASE_URL → that server; otherwise PGlite in OPENPROSPECT_DATA_DIR, owned by this process. */
export async function openDatabase(config: Config, options: { migrate?: boolean } = {}): Promise<OpenDatabase> {
  const embedded = config.DATABASE_URL ? null : await startEmbeddedDatabase({ dataDir: config.OPENPROSPECT_DATA_DIR });
  const url = config.DATABASE_URL ?? embedded!.url;
  const pool = createPool(url, { max: embedded ? EMBEDDED_POOL_MAX : SERVER_POOL_MAX });
  if (options.migrate !== false) await migrate(pool);
  const db = createDb(pool);
  return {
    pool,
    db,
    mode: embedded ? "embedded" : "server",
    location: embedded ? embedded.dataDir : redactUrl(url),
    async close() {
      await db.destroy(); // ends the pool
      await embedded?.stop();
    },
  };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(database url)";
  }
}
