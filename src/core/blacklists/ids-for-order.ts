import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { requireOwnedBlacklists } from "./internal.ts";

/**
 * The blacklists an order is matched against: those assigned to its prospect search plus those
 * the order names. Named ids that are not the tenant's are a 404 BLACKLIST_NOT_FOUND.
 */
export async function blacklistIdsForOrder(
  db: Db,
  tenant: Tenant,
  profileId: string | null,
  extraBlacklistIds: readonly string[] = [],
): Promise<string[]> {
  await requireOwnedBlacklists(db, tenant, extraBlacklistIds);
  const assigned = profileId
    ? await db
        .selectFrom("prospect_search_blacklists as assigned")
        .innerJoin("blacklists", "blacklists.id", "assigned.blacklist_id")
        .select("assigned.blacklist_id")
        .where("assigned.prospect_search_id", "=", profileId)
        .where("blacklists.organization_id", "=", tenant.organizationId)
        .where("blacklists.test_mode", "=", tenant.testMode)
        .execute()
    : [];
  return [...new Set([...assigned.map((row) => row.blacklist_id), ...extraBlacklistIds])];
}
