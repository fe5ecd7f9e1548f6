import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { blacklistIdsForOrder } from "../blacklists/ids-for-order.ts";
import { deliverEnrichedCompany } from "../enrichment/deliver-enriched-company.ts";
import { completeOrderIfSettled } from "../enrichment/complete-order-if-settled.ts";
import { newId } from "../ids.ts";
import { findDiscoveryCandidates } from "./find-candidates.ts";

/**
 * A DISCOVERY order: qualify up to `briefing_quantity` new companies for its prospect search and
 * deliver each as a result row. Rows are written before delivery, so a retried job resumes with the
 * rows still PENDING instead of choosing again.
 */
export async function discoverForOrder(db: Db, jobs: JobQueue, orderId: string): Promise<{ delivered: number }> {
  const order = await db.selectFrom("orders").selectAll().where("id", "=", orderId).executeTakeFirstOrThrow();
  if (order.status !== "IN_PROGRESS" || !order.profile_id) return { delivered: 0 };
  const tenant = { organizationId: order.organization_id, testMode: order.test_mode };
  const existing = await db.selectFrom("order_companies").select("id").where("order_id", "=", orderId).limit(1).executeTakeFirst();
  if (!existing) await chooseCompanies(db, orderId, tenant, order.profile_id, order.blacklist_ids, order.briefing_quantity);
  const pending = await db.selectFrom("order_companies").select(["id", "company_id"]).where("order_id", "=", orderId).where("status", "=", "PENDING").orderBy("position").execute();
  for (const row of pending) {
    await deliverEnrichedCompany({ db, jobs }, { tenant, orderId, rowId: row.id, companyId: row.company_id!, prospectSearchId: order.profile_id, features: order.features });
  }
  await db.transaction().execute((trx) => completeOrderIfSettled(trx, jobs, orderId));
  return { delivered: pending.length };
}

async function chooseCompanies(db: Db, orderId: string, tenant: { organizationId: string; testMode: boolean }, profileId: string, named: string[], quantity: number): Promise<void> {
  const search = await db.selectFrom("prospect_searches").select(["id", "target_countries", "target_cities", "target_industries", "excluded_industries", "search_keywords"]).where("id", "=", profileId).executeTakeFirstOrThrow();
  const blacklists = [...new Set([...(await blacklistIdsForOrder(db, tenant, profileId, [])), ...named])];
  const chosen = (await findDiscoveryCandidates(db, tenant, search, blacklists)).slice(0, quantity);
  if (!chosen.length) return;
  await db
    .insertInto("order_companies")
    .values(chosen.map((c, position) => ({ id: newId(), order_id: orderId, position, company_name: c.name, website_url: c.website, city: c.city, country: c.country, company_id: c.companyId })))
    .execute();
}
