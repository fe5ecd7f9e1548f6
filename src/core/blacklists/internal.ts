import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";

/** Throws the 404 unless the blacklist belongs to the tenant; used before touching its entries. */
export async function requireBlacklist(db: Db, tenant: Tenant, blacklistId: string): Promise<void> {
  await requireOwnedBlacklists(db, tenant, [blacklistId]);
}

/**
 * 404 BLACKLIST_NOT_FOUND (the documented code) for the first id in the body that is not one of
 * the tenant's blacklists. Unknown and other-organization ids look alike, so nothing leaks.
 */
export async function requireOwnedBlacklists(db: Db, tenant: Tenant, blacklistIds: readonly string[]): Promise<void> {
  if (!blacklistIds.length) return;
  const owned = await whereTenant(db.selectFrom("blacklists"), tenant).select("id").where("id", "in", [...blacklistIds]).execute();
  const ownedIds = new Set(owned.map((row) => row.id));
  const missing = blacklistIds.find((id) => !ownedIds.has(id));
  if (missing) throw new NotFoundError("Blacklist", missing);
}
