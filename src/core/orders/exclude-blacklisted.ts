import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { candidateKeys } from "../../engine/match/blacklist/index.ts";
import { findBlacklistMatches } from "../blacklists/find-matches.ts";
import { blacklistIdsForOrder } from "../blacklists/ids-for-order.ts";

/**
 * Marks every pending company of the order that a blacklist matches as EXCLUDED, naming the entry,
 * before any crawling is spent. Blacklists: those assigned to the order's prospect search plus those
 * the order named (one deleted since is simply no longer applied).
 */
export async function excludeBlacklistedRows(db: Db, orderId: string): Promise<number> {
  const order = await db.selectFrom("orders").select(["organization_id", "test_mode", "profile_id", "blacklist_ids"]).where("id", "=", orderId).executeTakeFirstOrThrow();
  const tenant = { organizationId: order.organization_id, testMode: order.test_mode };
  const blacklistIds = [...new Set([...(await blacklistIdsForOrder(db, tenant, order.profile_id, [])), ...order.blacklist_ids])];
  if (!blacklistIds.length) return 0;
  const rows = await db
    .selectFrom("order_companies")
    .select(["id", "external_id", "website_url", "company_name", "city"])
    .where("order_id", "=", orderId)
    .where("status", "=", "PENDING")
    .execute();
  const candidates = rows.map((row) => ({ key: row.id, ...candidateKeys(row) }));
  const hits = await findBlacklistMatches(db, tenant, blacklistIds, candidates);
  if (!hits.size) return 0;
  const ids = [...hits.keys()];
  const entryIds = ids.map((id) => hits.get(id)!.entry_id);
  const reasons = ids.map((id) => {
    const hit = hits.get(id)!;
    return `Excluded by blacklist entry ${hit.entry_id} of blacklist ${hit.blacklist_id} (matched on ${hit.tier})`;
  });
  await sql`
    UPDATE order_companies AS oc
    SET status = 'EXCLUDED', excluded_by_entry_id = x.entry_id, reason = x.reason, settled_at = now(), updated_at = now()
    FROM unnest(${ids}::uuid[], ${entryIds}::uuid[], ${reasons}::text[]) AS x(id, entry_id, reason)
    WHERE oc.id = x.id AND oc.status = 'PENDING'`.execute(db);
  return ids.length;
}
