import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { RAW_PREFIX } from "../companies/column-observations.ts";
import { recomputeCompanyFields } from "../companies/recompute-fields.ts";

export const DEFAULT_RETENTION_DAYS = 365;

// Company evidence that can identify a person (a direct line, a personal address); firmographics stay.
const CONTACT_FIELDS = ["phone", "phones", "email", "emails", "fax"];
const CONTACT_EVIDENCE = [...CONTACT_FIELDS, ...CONTACT_FIELDS.map((field) => RAW_PREFIX + field)];

export interface PurgeCounts {
  prospects: number;
  observations: number;
  webhookPayloads: number;
}

/**
 * Retention: personal data not observed again within the period is deleted — people, contact
 * evidence of companies, and the company data kept in old webhook payloads (ids stay for the log).
 */
export async function purgeStalePersonalData(db: Db, retentionDays = DEFAULT_RETENTION_DAYS): Promise<PurgeCounts> {
  const cutoff = sql<string>`now() - make_interval(days => ${retentionDays})`;
  return db.transaction().execute(async (trx) => {
    const prospects = await trx.deleteFrom("prospects").where("last_seen_at", "<", cutoff).executeTakeFirst();
    const observations = await trx
      .deleteFrom("company_observations")
      .where("last_seen_at", "<", cutoff)
      .where("field", "in", CONTACT_EVIDENCE)
      .returning("company_id")
      .execute();
    for (const companyId of new Set(observations.map((row) => row.company_id))) await recomputeCompanyFields(trx, companyId, { clearUnsupported: true });
    const payloads = await trx
      .updateTable("webhook_events")
      .set({ payload: sql<string>`(payload - 'data') || jsonb_build_object('data', jsonb_build_object('company', jsonb_build_object('id', company_id)), 'redacted', true)` })
      .where("company_id", "is not", null)
      .where("created_at", "<", cutoff)
      .where(sql<boolean>`NOT (payload ? 'redacted')`)
      .executeTakeFirst();
    return { prospects: Number(prospects.numDeletedRows), observations: observations.length, webhookPayloads: Number(payloads.numUpdatedRows) };
  });
}
