import { randomUUID } from "node:crypto";
import { registrableDomain } from "../companies/domain-key.ts";
import { recordSiteExtraction } from "../companies/record-site-extraction.ts";
import { isDomainSuppressed } from "../suppressions/lookup.ts";
import type { Tenant } from "../context.ts";
import { ConflictError } from "../errors.ts";
import type { EnrichmentDeps } from "./port.ts";
import { deliverEnrichedCompany } from "./deliver-enriched-company.ts";
import { findFreshCompany } from "./find-fresh-company.ts";
import { resolveWebsite } from "./resolve-website.ts";
import { claimRow, whileClaimed } from "./row-claim.ts";
import { settleRow } from "./settle-row.ts";
import { reserveRowCost } from "../costs/reserve-row-cost.ts";

const SUPPRESSED_REASON = "The company asked to be erased; its data is not collected";
const ERASED_CODES = ["DOMAIN_SUPPRESSED", "COMPANY_ERASED"];

export type EnrichmentResult = { outcome: "skipped"; reason: string } | { outcome: "settled"; status: string };

export class RowClaimedError extends Error {
  constructor(rowId: string) {
    super(`Row ${rowId} is being enriched by another live run; retried later`);
  }
}

/**
 * One input company of an order: find its website, crawl + extract (or reuse a fresh crawl), merge
 * the facts into the company of the order's world (test or live), then settle the row and deliver.
 * Safe to run twice, and never twice at once: the run claims the row first (row-claim.ts) and only the
 * claim holder settles it.
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
  const claimToken = randomUUID();
  if (!(await claimRow(deps.db, ids.rowId, claimToken))) {
    const now = await deps.db.selectFrom("order_companies").select("status").where("id", "=", ids.rowId).executeTakeFirst();
    if (now?.status !== "PENDING") return { outcome: "skipped", reason: `row already ${now?.status}` };
    throw new RowClaimedError(ids.rowId);
  }
  return whileClaimed(deps.db, ids.rowId, claimToken, () => enrichClaimedRow(deps, ids, row, claimToken));
}

type RowToEnrich = Parameters<typeof resolveWebsite>[2] & { organization_id: string; test_mode: boolean; profile_id: string | null; features: string[]; max_age_days: number | null };

async function enrichClaimedRow(deps: EnrichmentDeps, ids: { orderId: string; rowId: string }, row: RowToEnrich, claimToken: string): Promise<EnrichmentResult> {
  const settle = (status: "NOT_FOUND" | "FAILED" | "EXCLUDED", reason: string) =>
    settleRow(deps.db, deps.jobs, { orderId: ids.orderId, rowId: ids.rowId, status, reason, claimToken }).then(() => ({ outcome: "settled" as const, status }));

  // The row's price is reserved before anything is spent on it; past max_cost or the budget it is left out.
  const reservation = await reserveRowCost(deps.db, ids.orderId, ids.rowId);
  if (!reservation.reserved) return settle("EXCLUDED", reservation.reason);
  const website = await resolveWebsite(deps.db, row.test_mode, row);
  if (!website) return settle("NOT_FOUND", "No website_url given and no known company with this name and city");
  // Suppression holds before any request is spent on the site.
  const domain = registrableDomain(website);
  if (domain && (await isDomainSuppressed(deps.db, domain))) return settle("EXCLUDED", SUPPRESSED_REASON);
  let companyId = await findFreshCompany(deps.db, row.test_mode, website, row.max_age_days);
  let note: string | null = null;
  if (!companyId) {
    const analyzed = await deps.enrichment.analyzeWebsite(website, { testMode: row.test_mode });
    if (analyzed.kind === "unreachable") {
      return settle(analyzed.reason.startsWith("dns_error") ? "NOT_FOUND" : "FAILED", `Website ${website} could not be crawled: ${analyzed.reason}`);
    }
    if (analyzed.kind === "failed") return settle("FAILED", analyzed.reason.slice(0, 500));
    note = analyzed.note ?? null;
    try {
      companyId = (await recordSiteExtraction(deps.db, { testMode: row.test_mode, extraction: analyzed.extraction, websiteUrl: website, crawledAt: new Date().toISOString(), features: row.features })).companyId;
    } catch (error) {
      // An erased company's domain is never collected or delivered again.
      if (error instanceof ConflictError && ERASED_CODES.includes(error.code)) return settle("EXCLUDED", SUPPRESSED_REASON);
      throw error;
    }
  }
  const tenant: Tenant = { organizationId: row.organization_id, testMode: row.test_mode };
  await deliverEnrichedCompany(deps, { tenant, orderId: ids.orderId, rowId: ids.rowId, companyId, prospectSearchId: row.profile_id!, features: row.features, note, claimToken });
  return { outcome: "settled", status: "ENRICHED" };
}
