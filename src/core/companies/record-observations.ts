import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { newId } from "../ids.ts";
import type { ObservationInput } from "./column-observations.ts";

/** Stores one crawl's observations; a repeat sighting moves last_seen_at and keeps first_seen_at. */
export async function recordObservations(db: Db, companyId: string, observations: ObservationInput[], seenAt: string): Promise<void> {
  const rows = dedupe(observations).map((o) => ({
    id: newId(),
    company_id: companyId,
    field: o.field,
    value: JSON.stringify(o.value),
    value_hash: valueHash(o.value),
    source_url: o.sourceUrl,
    source_type: "website",
    method: o.method,
    confidence: Math.min(1, Math.max(0, o.confidence)),
    first_seen_at: seenAt,
    last_seen_at: seenAt,
  }));
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto("company_observations")
      .values(rows.slice(start, start + 500))
      .onConflict((oc) =>
        oc.columns(["company_id", "field", "value_hash", "source_url", "method"]).doUpdateSet({
          confidence: (eb) => eb.ref("excluded.confidence"),
          first_seen_at: sql<string>`least(company_observations.first_seen_at, excluded.first_seen_at)`,
          last_seen_at: sql<string>`greatest(company_observations.last_seen_at, excluded.last_seen_at)`,
        }),
      )
      .execute();
  }
}

export function valueHash(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value) ?? "null").digest("hex");
}

// One INSERT … ON CONFLICT may not touch a row twice, so the same evidence seen twice in one crawl is kept once.
function dedupe(observations: ObservationInput[]): ObservationInput[] {
  const byKey = new Map<string, ObservationInput>();
  for (const o of observations) {
    const key = [o.field, valueHash(o.value), o.sourceUrl, o.method].join("\u0000");
    const previous = byKey.get(key);
    if (!previous || previous.confidence < o.confidence) byKey.set(key, o);
  }
  return [...byKey.values()];
}
