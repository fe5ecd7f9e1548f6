import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { ValidationError } from "../errors.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";

/**
 * 422 naming `<field>[i]` for every id that is not one of the tenant's blacklists. Unknown and
 * other-organization ids get the same message, so nothing about other tenants is revealed.
 */
export async function requireOwnedBlacklists(db: Db, tenant: Tenant, blacklistIds: readonly string[], field = "blacklist_ids"): Promise<void> {
  if (!blacklistIds.length) return;
  const owned = await whereTenant(db.selectFrom("blacklists"), tenant).select("id").where("id", "in", [...blacklistIds]).execute();
  const ownedIds = new Set(owned.map((row) => row.id));
  const errors = blacklistIds.flatMap((id, index) => (ownedIds.has(id) ? [] : [{ field: `${field}[${index}]`, message: `Blacklist ${id} not found` }]));
  if (errors.length) throw new ValidationError(errors);
}
