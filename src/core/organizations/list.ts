import type { Db } from "../../db/database.ts";
import { toPage, type Page, type PageQuery } from "../pagination.ts";
import type { Organization } from "./schemas.ts";

export async function listOrganizations(db: Db, page: PageQuery): Promise<Page<Organization>> {
  const [rows, count] = await Promise.all([
    db.selectFrom("organizations").selectAll().orderBy("created_at").orderBy("id").limit(page.limit).offset(page.offset).execute(),
    db.selectFrom("organizations").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, Number(count.n), page);
}
