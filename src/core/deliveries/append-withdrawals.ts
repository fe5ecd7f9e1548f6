import type { Db } from "../../db/database.ts";
import { newId } from "../ids.ts";

/**
 * Tells every search that was delivered a company that it is gone (erased) or now lives under another
 * id (merged), so a CRM syncing the feed can remove or re-key it.
 */
export async function appendWithdrawals(db: Db, companyId: string, event: "erased" | "merged", mergedInto: string | null): Promise<number> {
  const searches = await searchesDelivered(db, companyId);
  if (!searches.length) return 0;
  await db
    .insertInto("deliveries")
    .values(searches.map((search) => ({ ...search, id: newId(), company_id: companyId, order_id: null, event, merged_into: mergedInto })))
    .execute();
  return searches.length;
}

/** Every (tenant, search) that was delivered the company. */
export function searchesDelivered(db: Db, companyId: string) {
  return db
    .selectFrom("deliveries")
    .select(["organization_id", "test_mode", "prospect_search_id"])
    .distinct()
    .where("company_id", "=", companyId)
    .where("event", "=", "qualified")
    .execute();
}
