import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";
import { presentSearchProfileCreation } from "./present.ts";
import type { SearchProfileCreation } from "./schemas.ts";

export async function getSearchProfileCreation(db: Db, tenant: Tenant, creationId: string): Promise<SearchProfileCreation> {
  const row = await whereTenant(db.selectFrom("search_profile_creations"), tenant).selectAll().where("id", "=", creationId).executeTakeFirst();
  if (!row) throw new NotFoundError("SearchProfileCreation", creationId);
  return presentSearchProfileCreation(row);
}
