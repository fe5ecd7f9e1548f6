import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

// Only these events carry a company's data; erasure and merge events carry ids alone.
const DATA_EVENTS = ["delivery.company_qualified"];

/**
 * Webhook events about erased companies keep their ids and nothing else, so a replay cannot send the
 * data again; one still waiting is not sent at all. Receivers' response excerpts are dropped too.
 */
export async function redactCompanyEvents(db: Db, companyIds: string[]): Promise<void> {
  if (!companyIds.length) return;
  const events = db.selectFrom("webhook_events").select("id").where("company_id", "in", companyIds).where("event_type", "in", DATA_EVENTS);
  await db
    .updateTable("webhook_events")
    .set({
      payload: sql<string>`jsonb_build_object('event', payload->'event', 'delivery_id', payload->'delivery_id', 'timestamp', payload->'timestamp',
        'data', jsonb_build_object('company', jsonb_build_object('id', company_id)), 'redacted', true)`,
      status: sql<"failed">`CASE WHEN status IN ('pending', 'paused') THEN 'failed' ELSE status END`,
      last_error: sql<string>`CASE WHEN status IN ('pending', 'paused') THEN 'Not sent: the company was erased' ELSE last_error END`,
      next_attempt_at: null,
    })
    .where("id", "in", events)
    .execute();
  await db.updateTable("webhook_attempts").set({ response_excerpt: null, error: null }).where("event_id", "in", events).execute();
}

/**
 * Takes one erased person out of every stored payload that listed them (replays then omit them); a
 * payload whose company data still names them (a personal e-mail as the company's) keeps only ids.
 */
export async function removePersonFromEvents(db: Db, companyId: string, prospectId: string, identifiers: (string | null)[]): Promise<void> {
  const events = db
    .selectFrom("webhook_events")
    .select("id")
    .where("company_id", "=", companyId)
    .where("event_type", "in", DATA_EVENTS)
    .where(sql<boolean>`payload->'data'->'prospects' @> ${JSON.stringify([{ id: prospectId }])}::jsonb`);
  await db.updateTable("webhook_attempts").set({ response_excerpt: null }).where("event_id", "in", events).execute();
  await db
    .updateTable("webhook_events")
    .set({
      payload: sql<string>`jsonb_set(payload, '{data,prospects}', coalesce((SELECT jsonb_agg(p) FROM jsonb_array_elements(payload->'data'->'prospects') p
        WHERE p->>'id' <> ${prospectId}), '[]'::jsonb))`,
    })
    .where("id", "in", events)
    .execute();
  const needles = identifiers.flatMap((value) => (value && value.trim().length >= 3 ? [value.trim().toLowerCase()] : []));
  if (!needles.length) return;
  await db
    .updateTable("webhook_events")
    .set({ payload: sql<string>`jsonb_set(payload, '{data,company}', jsonb_build_object('id', company_id)) || '{"redacted": true}'::jsonb` })
    .where("company_id", "=", companyId)
    .where("event_type", "in", DATA_EVENTS)
    .where((eb) => eb.or(needles.map((needle) => eb(sql<number>`strpos(lower(payload::text), ${needle})`, ">", 0))))
    .execute();
}
