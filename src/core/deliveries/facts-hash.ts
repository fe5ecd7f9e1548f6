import { createHash } from "node:crypto";

// Timestamps and provenance change on every crawl without the facts changing; the tenant's own
// review and score are not news to the tenant. None of them may trigger a re-delivery.
const VOLATILE_KEYS = new Set(["sources", "updated_at", "first_seen_at", "last_seen_at", "observed_at", "review_status", "match_score", "match_explanation"]);

/** A stable fingerprint of what a delivery tells the client: company facts and its people. */
export function deliveredFactsHash(company: unknown, prospects: readonly unknown[]): string {
  return createHash("sha256").update(JSON.stringify(stable({ company, prospects }))).digest("base64url");
}

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key]) => !VOLATILE_KEYS.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, stable(inner)]));
}
