import type { Db } from "../../db/database.ts";
import type { FrontierLead } from "../../engine/frontier/select-frontier-links.ts";
import type { Tenant } from "../context.ts";
import { plausibleCountry, withoutBlacklisted, type CandidateRow } from "./find-candidates.ts";
import { recordDiscoveryLeads } from "./record-leads.ts";

// Links from peer pages (partners, customers, memberships) before any other link.
const PRIORITY = { peer: 2, other: 1 } as const;

/**
 * The crawl frontier of one DISCOVERY order: sites that examined candidates link to become this
 * organization's leads (with the linking page as provenance) and are examined after the index
 * candidates, peers first, within the same crawl budget.
 */
export class Frontier {
  private readonly queue: Array<{ row: CandidateRow; priority: number }> = [];
  private readonly seen = new Set<string>();
  taken = 0;

  constructor(
    private readonly db: Db,
    private readonly tenant: Tenant,
    private readonly orderId: string,
    private readonly blacklistIds: string[],
    private readonly countries: string[],
    private readonly searchId: string,
    /** Companies the order already has among its candidates or examinations. */
    private readonly known: (companyId: string) => boolean,
  ) {}

  async add(leads: FrontierLead[]): Promise<void> {
    const fresh = leads.filter((lead) => plausibleCountry({ country: null, domain: lead.domain }, this.countries.map((c) => c.toUpperCase())));
    const added = await recordDiscoveryLeads(this.db, this.tenant, this.orderId, fresh.map((lead) => ({
      origin: "frontier" as const, domain: lead.domain, sourceUrl: lead.linkedFrom, detail: lead.linkText || null, priority: PRIORITY[lead.relation],
    })));
    const ids = added.filter((id) => !this.known(id) && !this.seen.has(id));
    if (!ids.length) return;
    ids.forEach((id) => this.seen.add(id));
    // A link may lead to a company known already: it must still fit the profile's countries and be new to the search.
    const countries = this.countries.map((c) => c.toUpperCase());
    const rows = await this.db
      .selectFrom("companies as c")
      .selectAll("c")
      .where("c.id", "in", ids)
      .where("c.erased_at", "is", null)
      .where("c.merged_into", "is", null)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom("search_companies as sc").select("sc.company_id").whereRef("sc.company_id", "=", "c.id").where("sc.prospect_search_id", "=", this.searchId))))
      .execute();
    const fitting = rows.filter((row) => !countries.length || (row.country ? countries.includes(row.country.toUpperCase()) : plausibleCountry(row, countries)));
    const allowed = await withoutBlacklisted(this.db, this.tenant, this.blacklistIds, fitting);
    const priorityOf = new Map(fresh.map((lead) => [lead.domain, PRIORITY[lead.relation]]));
    for (const row of allowed) this.queue.push({ row, priority: priorityOf.get(row.domain ?? "") ?? 0 });
    // Stable: within one priority, in the order the links were found.
    this.queue.sort((a, b) => b.priority - a.priority);
  }

  take(): CandidateRow | undefined {
    const next = this.queue.shift();
    if (next) this.taken += 1;
    return next?.row;
  }

  isEmpty(): boolean {
    return this.queue.length === 0;
  }
}
