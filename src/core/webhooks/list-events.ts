import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { toPage, type Page, type PageQuery } from "../pagination.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";

export interface WebhookEventLog {
  id: string;
  event_type: string;
  status: "pending" | "delivered" | "failed" | "paused";
  attempts: number;
  created_at: string;
  last_attempt_at: string | null;
  next_attempt_at: string | null;
  delivered_at: string | null;
  last_error: string | null;
  attempt_log: { attempt: number; started_at: string; duration_ms: number; status_code: number | null; outcome: string; error: string | null; response_excerpt: string | null; trigger: string }[];
}

/** The delivery log of one destination: every event with every attempt. */
export async function listWebhookEvents(db: Db, tenant: Tenant, destinationId: string, page: PageQuery): Promise<Page<WebhookEventLog>> {
  const destination = await whereTenant(db.selectFrom("webhook_destinations").select("id"), tenant)
    .where("id", "=", destinationId)
    .executeTakeFirst();
  if (!destination) throw new NotFoundError("WebhookDestination", destinationId);
  const base = db.selectFrom("webhook_events").where("destination_id", "=", destinationId);
  const [events, count] = await Promise.all([
    base.selectAll().orderBy("created_at", "desc").orderBy("id", "desc").limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const attempts = events.length
    ? await db.selectFrom("webhook_attempts").selectAll().where("event_id", "in", events.map((e) => e.id)).orderBy("attempt").execute()
    : [];
  const items = events.map((event) => ({
    id: event.id,
    event_type: event.event_type,
    status: event.status,
    attempts: event.attempts,
    created_at: event.created_at,
    last_attempt_at: event.last_attempt_at,
    next_attempt_at: event.next_attempt_at,
    delivered_at: event.delivered_at,
    last_error: event.last_error,
    attempt_log: attempts.filter((a) => a.event_id === event.id).map(({ id: _id, event_id: _e, ...rest }) => rest),
  }));
  return toPage(items, Number(count.n), page);
}
