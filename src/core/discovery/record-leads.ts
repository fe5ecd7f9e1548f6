import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { findOrCreateCompany } from "../companies/find-or-create.ts";
import { ConflictError } from "../errors.ts";
import { isDomainSuppressed } from "../suppressions/lookup.ts";

/** A company site found outside the imported index: a crawled site's link, or a web search result. */
export interface DiscoveryLead {
  origin: "frontier" | "search";
  /** Host without "www.", as companies store it. */
  domain: string;
  /** Provenance: the page that links to it, or the search result's URL. */
  sourceUrl: string;
  /** The link's text, or the query that found it. */
  detail: string | null;
  /** Higher is examined first (peer pages and search results before other links). */
  priority: number;
}

/**
 * Makes leads candidates of this organization (and world) only: the company row is shared
 * knowledge, the lead that makes it a candidate is the organization's. Erased (suppressed) domains
 * are never collected again. Returns the companies that became new leads, for the order at hand.
 */
export async function recordDiscoveryLeads(db: Db, tenant: Tenant, orderId: string, leads: DiscoveryLead[]): Promise<string[]> {
  const added: string[] = [];
  for (const lead of leads) {
    if (await isDomainSuppressed(db, lead.domain)) continue;
    let companyId: string;
    try {
      companyId = await findOrCreateCompany(db, { testMode: tenant.testMode, domain: lead.domain, registerNumber: null, registerCourt: null, name: null, city: null, crawledAt: new Date().toISOString() });
    } catch (error) {
      if (error instanceof ConflictError) continue;
      throw error;
    }
    const inserted = await db
      .insertInto("discovery_leads")
      .values({
        organization_id: tenant.organizationId,
        test_mode: tenant.testMode,
        company_id: companyId,
        origin: lead.origin,
        source_url: lead.sourceUrl.slice(0, 2000),
        detail: lead.detail?.slice(0, 500) ?? null,
        priority: lead.priority,
        order_id: orderId,
        found_at: sql<string>`now()`,
      })
      .onConflict((oc) => oc.columns(["organization_id", "test_mode", "company_id"]).doNothing())
      .returning("company_id")
      .executeTakeFirst();
    if (inserted) added.push(inserted.company_id);
  }
  return added;
}
