import { scoreCompany, type MatchScore } from "../../engine/match/icp/score-company.ts";
import { companyFactsOfRow } from "./company-facts-of-row.ts";
import { linkCompanyToSearch } from "../companies/link-to-search.ts";
import type { Tenant } from "../context.ts";
import { deliveredFactsHash } from "../deliveries/facts-hash.ts";
import { loadDeliveredCompanies } from "../deliveries/load-delivered-companies.ts";
import { recordDelivery } from "../deliveries/record.ts";
import { NotFoundError } from "../errors.ts";
import type { EnrichmentDeps } from "./port.ts";
import { settleRow } from "./settle-row.ts";

export interface EnrichedCompany {
  tenant: Tenant;
  orderId: string;
  rowId: string;
  companyId: string;
  prospectSearchId: string;
  features: string[];
  /** What the row's reason tells about an enriched company (e.g. pages left out of the analysis). */
  note?: string | null;
  claimToken?: string;
  /** A score already computed (discovery scores every candidate before choosing it). */
  score?: MatchScore;
}

/**
 * Makes the company the organization's (scored if asked), appends it to the feed (again, as an
 * update, when its facts changed since the last delivery) and settles the row.
 */
export async function deliverEnrichedCompany(deps: Omit<EnrichmentDeps, "enrichment">, input: EnrichedCompany): Promise<void> {
  const { db } = deps;
  const score = input.score ?? (input.features.includes("MATCH_SCORING") ? await scoreForSearch(deps, input) : null);
  await linkCompanyToSearch(db, input.tenant, input.prospectSearchId, input.companyId, {
    match_score: score?.score ?? null,
    match_explanation: score?.explanation ?? [],
  });
  // The payload is what the feed and the order results show for this search: every deliverable person, none suppressed.
  const delivered = (await loadDeliveredCompanies(db, input.prospectSearchId, [input.companyId])).get(input.companyId);
  if (!delivered || delivered.erased) throw new NotFoundError("Company", input.companyId);
  const { company, prospects } = delivered;
  const delivery = await recordDelivery(db, input.tenant, {
    prospectSearchId: input.prospectSearchId,
    companyId: input.companyId,
    orderId: input.orderId,
    factsHash: deliveredFactsHash(company, prospects),
  });
  const eventType = delivery.event === "updated" ? "delivery.company_updated" : "delivery.company_qualified";
  await settleRow(db, deps.jobs, {
    orderId: input.orderId,
    rowId: input.rowId,
    status: "ENRICHED",
    reason: input.note ?? null,
    claimToken: input.claimToken,
    companyId: input.companyId,
    delivery: { tenant: input.tenant, prospectSearchId: input.prospectSearchId, deliveryId: delivery.id, eventType, data: { company, prospects } },
  });
}

export async function scoreForSearch(deps: Omit<EnrichmentDeps, "enrichment">, input: EnrichedCompany): Promise<MatchScore> {
  const [search, company, technologies] = await Promise.all([
    deps.db.selectFrom("prospect_searches").select(["target_countries", "target_cities", "target_industries", "excluded_industries", "search_keywords"]).where("id", "=", input.prospectSearchId).executeTakeFirstOrThrow(),
    deps.db.selectFrom("companies").selectAll().where("id", "=", input.companyId).executeTakeFirstOrThrow(),
    deps.db.selectFrom("company_technologies").select(["name", "slug", "categories", "version", "confidence"]).where("company_id", "=", input.companyId).execute(),
  ]);
  return scoreCompany(companyFactsOfRow(company), technologies.map((t) => ({ ...t, evidence: [] })), search);
}
