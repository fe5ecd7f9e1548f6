import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { presentProspectSearch } from "./present.ts";
import type { ProspectSearch } from "./schemas.ts";
import { selectProspectSearches } from "./select-prospect-searches.ts";

export async function getProspectSearch(db: Db, tenant: Tenant, prospectSearchId: string): Promise<ProspectSearch> {
  const row = await selectProspectSearches(db, tenant).where("prospect_searches.id", "=", prospectSearchId).executeTakeFirst();
  if (!row) throw new NotFoundError("ProspectSearch", prospectSearchId);
  return presentProspectSearch(row);
}

/** Throws PROSPECT_SEARCH_NOT_FOUND unless the search belongs to the tenant. */
export async function requireProspectSearch(db: Db, tenant: Tenant, prospectSearchId: string): Promise<void> {
  const row = await db
    .selectFrom("prospect_searches")
    .select("id")
    .where("id", "=", prospectSearchId)
    .where("organization_id", "=", tenant.organizationId)
    .where("test_mode", "=", tenant.testMode)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("ProspectSearch", prospectSearchId);
}
