import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { toPage, type Page, type PageQuery } from "../pagination.ts";
import { requireBlacklist } from "./internal.ts";
import { presentBlacklistEntry } from "./present.ts";
import type { BlacklistEntry } from "./schemas.ts";

export async function listBlacklistEntries(db: Db, tenant: Tenant, blacklistId: string, page: PageQuery): Promise<Page<BlacklistEntry>> {
  await requireBlacklist(db, tenant, blacklistId);
  const base = db.selectFrom("blacklist_entries").where("blacklist_id", "=", blacklistId);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy("created_at").orderBy("id").limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows.map(presentBlacklistEntry), Number(count.n), page);
}
