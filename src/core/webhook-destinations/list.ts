import type { Db } from "../../db/database.ts";
import { requireProspectSearch } from "../prospect-searches/internal.ts";
import type { Tenant } from "../context.ts";
import { toPage, type Page, type PageQuery } from "../pagination.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";
import { presentDestination } from "./present.ts";
import type { Destination } from "./schemas.ts";

export async function listDestinations(db: Db, tenant: Tenant, prospectSearchId: string, page: PageQuery): Promise<Page<Destination>> {
  await requireProspectSearch(db, tenant, prospectSearchId);
  const base = whereTenant(db.selectFrom("webhook_destinations"), tenant).where("prospect_search_id", "=", prospectSearchId);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy("created_at").orderBy("id").limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows.map(presentDestination), Number(count.n), page);
}
