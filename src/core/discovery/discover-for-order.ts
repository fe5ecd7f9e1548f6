import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { blacklistIdsForOrder } from "../blacklists/ids-for-order.ts";
import type { EnrichmentPort } from "../enrichment/port.ts";
import { completeOrderIfSettled } from "../orders/complete-if-settled.ts";
import { deliverQualified } from "./deliver-qualified.ts";
import { examineCandidate, type ExamineContext } from "./examine-candidate.ts";
import { findDiscoveryCandidates, type CandidateRow } from "./find-candidates.ts";
import { Frontier } from "./frontier.ts";
import { searchDiscoveryLeads } from "./search-leads.ts";
import type { WebSearchPort } from "./web-search-port.ts";
import { readDiscoveryIcp, withIcpCountries } from "./read-icp.ts";
import { QUALIFYING_SCORE } from "./score-candidate.ts";
import { affordableCompanies } from "../costs/affordable-companies.ts";

export interface DiscoveryDeps {
  db: Db;
  jobs: JobQueue;
  enrichment: EnrichmentPort;
  /** Optional web search (OPENPROSPECT_SEARCH_URL): its results become leads before the pre-filter. */
  webSearch?: WebSearchPort;
}

// Sites crawled at once by one order; politeness per host is kept by the crawler regardless.
const PARALLEL_CRAWLS = 4;
const DEFAULT_FRESH_DAYS = 30;

/**
 * A DISCOVERY order: pre-filter the index, crawl the most promising candidates whose facts are not
 * fresh (within the organization's crawl budget), score each, then deliver the qualified ones best
 * first up to `briefing_quantity`. Every examination is recorded, so a retried job resumes where it
 * stopped; a shortfall completes the order with a message that says why.
 */
export async function discoverForOrder(deps: DiscoveryDeps, orderId: string): Promise<{ delivered: number; examined: number }> {
  const { db } = deps;
  const order = await db.selectFrom("orders").selectAll().where("id", "=", orderId).executeTakeFirstOrThrow();
  if (order.status !== "IN_PROGRESS" || !order.profile_id) return { delivered: 0, examined: 0 };
  const tenant = { organizationId: order.organization_id, testMode: order.test_mode };
  const search = withIcpCountries(await db.selectFrom("prospect_searches").select(["id", "ideal_customer_profile", "target_countries", "target_cities", "target_industries", "excluded_industries", "search_keywords"]).where("id", "=", order.profile_id).executeTakeFirstOrThrow());
  const organization = await db.selectFrom("organizations").select("discovery_crawl_factor").where("id", "=", order.organization_id).executeTakeFirstOrThrow();
  const icp = readDiscoveryIcp(search);
  const blacklists = [...new Set([...(await blacklistIdsForOrder(db, tenant, order.profile_id, [])), ...order.blacklist_ids])];
  const examined = await db.selectFrom("discovery_examinations").select(["company_id", "outcome", "crawled"]).where("order_id", "=", orderId).execute();
  const done = new Set(examined.map((e) => e.company_id));
  // Once per order: a retried job (examinations recorded already) does not ask the search engine again.
  if (deps.webSearch && !examined.length) await searchDiscoveryLeads(db, deps.webSearch, tenant, orderId, search, icp);
  const candidates = (await findDiscoveryCandidates(db, tenant, search, icp, blacklists)).filter((c) => !done.has(c.id));
  const budget = Math.max(1, Math.ceil(order.briefing_quantity * organization.discovery_crawl_factor));
  const context: ExamineContext = { db, enrichment: deps.enrichment, orderId, organizationId: tenant.organizationId, testMode: order.test_mode, features: order.features, search, icp };
  const frontier = new Frontier(db, tenant, orderId, blacklists, search.target_countries, search.id, (id) => done.has(id) || candidates.some((c) => c.id === id));
  const state = {
    crawls: examined.filter((e) => e.crawled).length,
    qualified: examined.filter((e) => e.outcome === "QUALIFIED").length,
    // Candidates passed over because the budget was spent: the shortfall is the budget's, not the index's.
    unaffordable: 0,
  };
  const freshSince = Date.now() - (order.max_age_days ?? DEFAULT_FRESH_DAYS) * 86_400_000;
  const isFresh = (c: CandidateRow) => c.crawled_at !== null && Date.parse(c.crawled_at) >= freshSince;
  // Qualifying stops one past what max_cost and the monthly budget can pay for: that delivery is refused
  // by its reservation, which ends the order with the message that names the limit.
  const affordable = await affordableCompanies(db, orderId);
  const target = affordable === null ? order.briefing_quantity : Math.min(order.briefing_quantity, state.qualified + affordable + 1);
  let next = 0;
  // Index candidates first (ranked by the pre-filter), then the sites they link to, peers first.
  const take = () => (next < candidates.length ? candidates[next++]! : frontier.take());
  const worker = async () => {
    for (let candidate = take(); candidate && state.qualified < target; candidate = take()) {
      const fresh = isFresh(candidate);
      if (!fresh && state.crawls >= budget) {
        state.unaffordable += 1;
        continue;
      }
      if (!fresh) state.crawls += 1;
      const result = await examineCandidate(context, candidate, fresh);
      if (result.outcome === "QUALIFIED") state.qualified += 1;
      if (result.leads?.length) await frontier.add(result.leads);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_CRAWLS }, worker));
  // The message is written before delivery: settling the last result row completes the order.
  const exhausted = next >= candidates.length && frontier.isEmpty();
  const message = await shortfallMessage(db, orderId, order.briefing_quantity, budget, state.unaffordable > 0 || (state.crawls >= budget && !exhausted));
  if (message) await db.updateTable("orders").set({ message, updated_at: sql<string>`now()` }).where("id", "=", orderId).where("status", "=", "IN_PROGRESS").execute();
  const delivered = await deliverQualified(deps, { orderId, tenant, prospectSearchId: order.profile_id, features: order.features, quantity: order.briefing_quantity });
  await db.transaction().execute((trx) => completeOrderIfSettled(trx, deps.jobs, orderId));
  return { delivered, examined: done.size + next + frontier.taken };
}

async function shortfallMessage(db: Db, orderId: string, quantity: number, budget: number, budgetSpent: boolean): Promise<string | null> {
  const rows = await db.selectFrom("discovery_examinations").select(["outcome", (eb) => eb.fn.countAll<number>().as("n")]).where("order_id", "=", orderId).groupBy("outcome").execute();
  const count = (outcome: string) => Number(rows.find((r) => r.outcome === outcome)?.n ?? 0);
  const qualified = count("QUALIFIED");
  if (qualified >= quantity) return null;
  const examined = rows.reduce((sum, r) => sum + Number(r.n), 0);
  const why = budgetSpent
    ? `the crawl budget of ${budget} crawls was spent before enough candidates qualified`
    : "no further candidates in the index match the profile's countries and industries";
  return `Delivered ${qualified} of ${quantity}: examined ${examined} candidates — ${qualified} qualified, ${count("BELOW_THRESHOLD")} scored below ${QUALIFYING_SCORE}/10, ${count("UNREACHABLE")} could not be crawled; ${why}.`;
}
