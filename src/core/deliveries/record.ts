import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { newId } from "../ids.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";
import type { Delivery } from "./schemas.ts";

export interface RecordDeliveryInput {
  prospectSearchId: string;
  companyId: string;
  orderId: string | null;
  /** A company already delivered in this search is delivered again only when it was re-qualified. */
  requalified?: boolean;
  /**
   * Fingerprint of the facts being delivered. A company delivered before with other facts is
   * delivered again as 'updated'; with the same facts (or no fingerprint) nothing new is appended.
   */
  factsHash?: string;
}

/**
 * Appends a 'qualified' (first) or 'updated' (facts changed) delivery to a search's feed,
 * idempotently: the same search + company + order returns its delivery, and so does a company
 * whose facts did not change. `created` tells the caller whether to notify webhooks.
 */
export async function recordDelivery(db: Db, tenant: Tenant, input: RecordDeliveryInput): Promise<Delivery & { created: boolean }> {
  return db.transaction().execute(async (trx) => {
    // Locking the search's company row serializes deliveries of one company in one search.
    const link = await whereTenant(trx.selectFrom("search_companies").select("company_id"), tenant)
      .where("prospect_search_id", "=", input.prospectSearchId)
      .where("company_id", "=", input.companyId)
      .forUpdate()
      .executeTakeFirst();
    if (!link) throw new NotFoundError("Company", input.companyId);
    const previous = await previousDelivery(trx, input);
    const changed = previous && input.factsHash && previous.order_id !== input.orderId && previous.facts_hash !== input.factsHash;
    if (previous && !changed) return { ...withoutHash(previous), created: false };
    const row = await trx
      .insertInto("deliveries")
      .values({
        id: newId(),
        organization_id: tenant.organizationId,
        test_mode: tenant.testMode,
        prospect_search_id: input.prospectSearchId,
        company_id: input.companyId,
        order_id: input.orderId,
        event: previous ? "updated" : "qualified",
        facts_hash: input.factsHash ?? null,
      })
      .returning(["id", "prospect_search_id", "company_id", "order_id", "event", "merged_into", "delivered_at"])
      .executeTakeFirstOrThrow();
    return { ...row, created: true };
  });
}

function withoutHash({ facts_hash: _hash, ...delivery }: Delivery & { facts_hash: string | null }): Delivery {
  return delivery;
}

async function previousDelivery(db: Db, input: RecordDeliveryInput): Promise<(Delivery & { facts_hash: string | null }) | undefined> {
  let query = db
    .selectFrom("deliveries")
    .select(["id", "prospect_search_id", "company_id", "order_id", "event", "merged_into", "delivered_at", "facts_hash"])
    .where("prospect_search_id", "=", input.prospectSearchId)
    .where("company_id", "=", input.companyId)
    .where("event", "in", ["qualified", "updated"])
    .orderBy("delivered_at", "desc")
    .orderBy("id", "desc")
    .limit(1);
  if (input.requalified) {
    query = input.orderId === null ? query.where("order_id", "is", null) : query.where("order_id", "=", input.orderId);
  }
  return query.executeTakeFirst();
}
