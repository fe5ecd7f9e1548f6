import type { Tenant } from "../context.ts";
import { deliverEnrichedCompany } from "../enrichment/deliver-enriched-company.ts";
import { newId } from "../ids.ts";
import type { MatchScore } from "../../engine/match/icp/score-company.ts";
import type { DiscoveryDeps } from "./discover-for-order.ts";
import { reserveRowCost } from "../costs/reserve-row-cost.ts";
import { settleRow } from "../enrichment/settle-row.ts";

export interface QualifiedDelivery {
  orderId: string;
  tenant: Tenant;
  prospectSearchId: string;
  features: string[];
  quantity: number;
}

/**
 * Delivers the order's qualified candidates best first until `quantity`: a result row is written
 * before each delivery, so a retry delivers the rows still PENDING and never chooses twice.
 */
export async function deliverQualified(deps: Omit<DiscoveryDeps, "enrichment">, input: QualifiedDelivery): Promise<number> {
  const { db } = deps;
  const existing = await db.selectFrom("order_companies").select(["company_id"]).where("order_id", "=", input.orderId).execute();
  const chosen = new Set(existing.map((r) => r.company_id));
  const best = await db
    .selectFrom("discovery_examinations as e")
    .innerJoin("companies as c", "c.id", "e.company_id")
    .select(["e.company_id", "e.score", "e.explanation", "c.name", "c.website", "c.domain", "c.city", "c.country"])
    .where("e.order_id", "=", input.orderId)
    .where("e.outcome", "=", "QUALIFIED")
    .where("c.erased_at", "is", null)
    .orderBy("e.score", "desc")
    .orderBy("e.examined_at")
    .execute();
  const fresh = best.filter((b) => !chosen.has(b.company_id)).slice(0, Math.max(0, input.quantity - chosen.size));
  if (fresh.length) {
    await db
      .insertInto("order_companies")
      .values(fresh.map((c, index) => ({ id: newId(), order_id: input.orderId, position: chosen.size + index, company_name: c.name, website_url: c.website ?? (c.domain ? `https://${c.domain}/` : null), city: c.city, country: c.country, company_id: c.company_id })))
      .execute();
  }
  const scores = new Map(best.map((b) => [b.company_id, { score: b.score, explanation: b.explanation } as MatchScore]));
  const pending = await db.selectFrom("order_companies").select(["id", "company_id"]).where("order_id", "=", input.orderId).where("status", "=", "PENDING").orderBy("position").execute();
  for (const row of pending) {
    // Each delivery reserves its price first; past max_cost or the monthly budget the row is left out.
    const reservation = await reserveRowCost(db, input.orderId, row.id);
    if (!reservation.reserved) {
      await settleRow(db, deps.jobs, { orderId: input.orderId, rowId: row.id, status: "EXCLUDED", reason: reservation.reason, companyId: row.company_id });
      continue;
    }
    await deliverEnrichedCompany(deps, { tenant: input.tenant, orderId: input.orderId, rowId: row.id, companyId: row.company_id!, prospectSearchId: input.prospectSearchId, features: input.features, score: scores.get(row.company_id!) });
  }
  return pending.length;
}
