import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { SiteExtraction } from "../../engine/types.ts";
import { ConflictError } from "../errors.ts";
import { recordJobs } from "../job-postings/record-jobs.ts";
import { recordPeople } from "../prospects/record-people.ts";
import { recordTechnologies } from "../technologies/record-technologies.ts";
import { observationsOf } from "./column-observations.ts";
import { registrableDomain } from "./domain-key.ts";
import { wantsFeature } from "./features.ts";
import { findOrCreateCompany } from "./find-or-create.ts";
import { recordObservations } from "./record-observations.ts";
import { recomputeCompanyFields } from "./recompute-fields.ts";
import { isDomainSuppressed } from "../suppressions/lookup.ts";
import { withoutSuppressedData } from "../suppressions/filter-extraction.ts";

export interface SiteExtractionInput {
  /** The world of the crawl: a test key's (demonstration) crawl only ever lands in test-world rows. */
  testMode: boolean;
  extraction: SiteExtraction;
  websiteUrl: string;
  crawledAt: string;
  /** Order features (COMPANY_DATA, LEGAL_DATA, CONTACTS, JOBS, TECHNOLOGIES); absent means all. */
  features?: string[];
}

/**
 * Merges one crawl of a website into the company knowledge of its world, in one transaction. Refuses a
 * suppressed (erased) domain with 409 DOMAIN_SUPPRESSED and drops suppressed people and e-mails:
 * erasure beats every later crawl.
 */
export async function recordSiteExtraction(db: Db, input: SiteExtractionInput): Promise<{ companyId: string }> {
  const { websiteUrl, features } = input;
  const crawledAt = new Date(input.crawledAt).toISOString();
  const domain = registrableDomain(input.extraction.domain) ?? registrableDomain(websiteUrl);
  if (domain && (await isDomainSuppressed(db, domain))) {
    throw new ConflictError(`Domain ${domain} is suppressed and is not collected`, "DOMAIN_SUPPRESSED");
  }
  const extraction = await withoutSuppressedData(db, domain, input.extraction);
  const companyId = await db.transaction().execute(async (trx) => {
    const id = await findOrCreateCompany(trx, {
      testMode: input.testMode,
      domain,
      registerNumber: extraction.company.register?.number ?? null,
      registerCourt: extraction.company.register?.court ?? null,
      name: extraction.company.name,
      city: extraction.company.city,
      crawledAt,
    });
    // Crawls of one company run one after another: concurrent upserts of the same evidence would deadlock.
    await trx.selectFrom("companies").select("id").where("id", "=", id).forUpdate().execute();
    await recordObservations(trx, id, observationsOf(extraction, websiteUrl, features), crawledAt);
    await recomputeCompanyFields(trx, id);
    await trx
      .updateTable("companies")
      .set({ crawled_at: sql<string>`greatest(crawled_at, ${crawledAt}::timestamptz)`, first_seen_at: sql<string>`least(first_seen_at, ${crawledAt}::timestamptz)` })
      .where("id", "=", id)
      .execute();
    if (wantsFeature(features, "CONTACTS")) await recordPeople(trx, id, extraction.people, crawledAt);
    if (wantsFeature(features, "JOBS")) await recordJobs(trx, id, extraction.jobs, crawledAt);
    if (wantsFeature(features, "TECHNOLOGIES")) await recordTechnologies(trx, id, extraction.technologies, crawledAt);
    return id;
  });
  return { companyId };
}
