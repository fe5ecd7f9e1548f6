import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";

/**
 * The one ownership check for a prospect search named in a request: another tenant's search and a
 * missing one look the same, 404 PROSPECT_SEARCH_NOT_FOUND, so nothing about other tenants leaks.
 */
export async function requireProspectSearch(db: Db, tenant: Tenant, prospectSearchId: string): Promise<void> {
  const search = await whereTenant(db.selectFrom("prospect_searches").select("id"), tenant).where("id", "=", prospectSearchId).executeTakeFirst();
  if (!search) throw new NotFoundError("ProspectSearch", prospectSearchId);
}
