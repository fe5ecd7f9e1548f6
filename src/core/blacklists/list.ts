import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { toPage, type Page, type PageQuery } from "../pagination.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";
import { presentBlacklist } from "./present.ts";
import type { Blacklist } from "./schemas.ts";
import { selectBlacklists } from "./select-blacklists.ts";

export async function listBlacklists(db: Db, tenant: Tenant, page: PageQuery): Promise<Page<Blacklist>> {
  const [rows, count] = await Promise.all([
    selectBlacklists(db, tenant).orderBy("created_at").orderBy("id").limit(page.limit).offset(page.offset).execute(),
    whereTenant(db.selectFrom("blacklists"), tenant).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows.map((row) => presentBlacklist({ ...row, entry_count: row.entry_count ?? 0 })), Number(count.n), page);
}
