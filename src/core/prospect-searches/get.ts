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
