import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { TechDetection } from "../../engine/types.ts";
import { newId } from "../ids.ts";

/** Upserts detected technologies by slug: first_detected_at stays, the rest reflects the latest crawl. */
export async function recordTechnologies(db: Db, companyId: string, detections: TechDetection[], seenAt: string): Promise<void> {
  const unique = new Map(detections.map((detection) => [detection.slug, detection]));
  const rows = [...unique.values()].map((detection) => ({
    id: newId(),
    company_id: companyId,
    slug: detection.slug,
    name: detection.name,
    categories: detection.categories,
    version: detection.version,
    confidence: Math.round(Math.min(100, Math.max(0, detection.confidence))),
    evidence: JSON.stringify(detection.evidence),
    first_detected_at: seenAt,
    last_detected_at: seenAt,
  }));
  if (!rows.length) return;
  await db
    .insertInto("company_technologies")
    .values(rows)
    .onConflict((oc) =>
      oc.columns(["company_id", "slug"]).doUpdateSet({
        name: sql<string>`excluded.name`,
        categories: sql<string[]>`excluded.categories`,
        version: sql<string>`coalesce(excluded.version, company_technologies.version)`,
        confidence: sql<number>`excluded.confidence`,
        evidence: sql<string>`excluded.evidence`,
        first_detected_at: sql<string>`least(company_technologies.first_detected_at, excluded.first_detected_at)`,
        last_detected_at: sql<string>`greatest(company_technologies.last_detected_at, excluded.last_detected_at)`,
      }),
    )
    .execute();
}
