import { recordSiteExtraction } from "../companies/record-site-extraction.ts";
import type { Tenant } from "../context.ts";
import { ConflictError } from "../errors.ts";
import type { EnrichmentDeps } from "./port.ts";
import { deliverEnrichedCompany } from "./deliver-enriched-company.ts";
import { findFreshCompany } from "./find-fresh-company.ts";
import { resolveWebsite } from "./resolve-website.ts";
import { settleRow } from "./settle-row.ts";

export type EnrichmentResult = { outcome: "skipped"; reason: string } | { outcome: "settled"; status: string };

/**
 * One input company of an order: find its website, crawl + extract (or reuse a fresh crawl), merge
 * the facts into the company of the order's world (test or live), then settle the row and deliver.
 * Safe to run twice.
 */
export async function enrichOrderCompany(deps: EnrichmentDeps, ids: { orderId: string; rowId: string }): Promise<EnrichmentResult> {
  const row = await deps.db
    .selectFrom("order_companies as oc")
    .innerJoin("orders as o", "o.id", "oc.order_id")
    .select(["oc.status", "oc.company_name", "oc.website_url", "oc.city", "o.status as order_status", "o.organization_id", "o.test_mode", "o.profile_id", "o.features", "o.max_age_days"])
    .where("oc.id", "=", ids.rowId)
    .where("oc.order_id", "=", ids.orderId)
    .executeTakeFirst();
  if (!row) return { outcome: "skipped", reason: "row no longer exists" };
  if (row.order_status !== "IN_PROGRESS") return { outcome: "skipped", reason: `order is ${row.order_status}` };
  if (row.status !== "PENDING") return { outcome: "skipped", reason: `row already ${row.status}` };
  const settle = (status: "NOT_FOUND" | "FAILED" | "EXCLUDED", reason: string) =>
    settleRow(deps.db, deps.jobs, { orderId: ids.orderId, rowId: ids.rowId, status, reason }).then(() => ({ outcome: "settled" as const, status }));

  const website = await resolveWebsite(deps.db, row.test_mode, row);
  if (!website) return settle("NOT_FOUND", "No website_url given and no known company with this name and city");
  let companyId = await findFreshCompany(deps.db, row.test_mode, website, row.max_age_days);
  if (!companyId) {
    const analyzed = await deps.enrichment.analyzeWebsite(website, { testMode: row.test_mode });
    if (analyzed.kind === "unreachable") {
      return settle(analyzed.reason.startsWith("dns_error") ? "NOT_FOUND" : "FAILED", `Website ${website} could not be crawled: ${analyzed.reason}`);
    }
    try {
      companyId = (await recordSiteExtraction(deps.db, { testMode: row.test_mode, extraction: analyzed.extraction, websiteUrl: website, crawledAt: new Date().toISOString(), features: row.features })).companyId;
    } catch (error) {
      // An erased company's domain is never collected or delivered again.
      if (error instanceof ConflictError && error.code === "DOMAIN_SUPPRESSED") return settle("EXCLUDED", "The company asked to be erased; its data is not collected");
      throw error;
    }
  }
  const tenant: Tenant = { organizationId: row.organization_id, testMode: row.test_mode };
  await deliverEnrichedCompany(deps, { tenant, orderId: ids.orderId, rowId: ids.rowId, companyId, prospectSearchId: row.profile_id!, features: row.features });
  return { outcome: "settled", status: "ENRICHED" };
}
