import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { toPage, type Page, type PageQuery } from "../pagination.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";
import { presentProspectSearchListItem } from "./present.ts";
import type { ProspectSearchListItem } from "./schemas.ts";
import { selectProspectSearches } from "./select-prospect-searches.ts";

export async function listProspectSearches(db: Db, tenant: Tenant, page: PageQuery): Promise<Page<ProspectSearchListItem>> {
  const [rows, count] = await Promise.all([
    selectProspectSearches(db, tenant).orderBy("created_at", "desc").orderBy("id", "desc").limit(page.limit).offset(page.offset).execute(),
    whereTenant(db.selectFrom("prospect_searches"), tenant).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows.map(presentProspectSearchListItem), Number(count.n), page);
}
