import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";

/** Entries and prospect-search assignments go with it (ON DELETE CASCADE). */
export async function deleteBlacklist(db: Db, tenant: Tenant, blacklistId: string): Promise<void> {
  const deleted = await whereTenant(db.deleteFrom("blacklists"), tenant).where("id", "=", blacklistId).returning("id").executeTakeFirst();
  if (!deleted) throw new NotFoundError("Blacklist", blacklistId);
}
