import type { Selectable } from "kysely";
import type { ProspectsTable } from "../../db/types.ts";
import type { Prospect } from "./schemas.ts";

/** A guessed address travels in inferred_email only, so no client mistakes it for a found one. */
export function presentProspect(row: Selectable<ProspectsTable>): Prospect {
  const inferred = row.email !== null && row.email_method === "inferred";
  return {
    id: row.id,
    company_id: row.company_id,
    full_name: row.full_name,
    first_name: row.first_name,
    last_name: row.last_name,
    title: row.title,
    role_class: row.role_class,
    department: row.department,
    email: inferred ? null : row.email,
    email_status: inferred ? null : row.email_status,
    inferred_email: inferred ? { address: row.email!, method: "pattern", pattern: row.email_pattern, confidence: row.email_confidence } : null,
    phone: row.phone,
    linkedin_url: row.linkedin_url,
    sources: (row.sources ?? {}) as Prospect["sources"],
    held_because: { source_url: sourceUrlOf(row.sources), first_seen_at: row.first_seen_at, last_observed_at: row.last_seen_at },
  };
}

function sourceUrlOf(sources: unknown): string | null {
  const named = (sources as Record<string, { url?: unknown }> | null)?.full_name;
  return typeof named?.url === "string" ? named.url : null;
}
