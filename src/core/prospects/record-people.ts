import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { ProspectsTable } from "../../db/types.ts";
import type { PersonFacts } from "../../engine/types.ts";
import { foldText } from "../../engine/text/fold.ts";
import { newId } from "../ids.ts";

/**
 * Upserts the people found on a company's site, one per folded full name. A found email is never
 * replaced by an `inferred` (pattern-guessed) one; every written field keeps its source.
 */
export async function recordPeople(db: Db, companyId: string, people: PersonFacts[], seenAt: string): Promise<void> {
  const rows = uniqueByKey(people).map(([personKey, person]) => ({
    id: newId(),
    company_id: companyId,
    person_key: personKey,
    full_name: person.name.trim(),
    first_name: person.first_name,
    last_name: person.last_name,
    title: person.role,
    role_class: person.role_class,
    department: person.department,
    email: person.email,
    email_status: person.email_status,
    email_method: person.email ? person.email_method : null,
    email_confidence: person.email ? person.email_confidence : null,
    email_pattern: person.email && person.email_method === "inferred" ? (person.email_pattern ?? null) : null,
    phone: person.phone,
    linkedin_url: person.linkedin_url,
    sources: JSON.stringify(sourcesOf(person, seenAt)),
    first_seen_at: seenAt,
    last_seen_at: seenAt,
    updated_at: seenAt,
  }));
  if (!rows.length) return;
  await db
    .insertInto("prospects")
    .values(rows)
    .onConflict((oc) => oc.columns(["company_id", "person_key"]).doUpdateSet(mergeOnConflict))
    .execute();
}

// Kept when the stored email was found on the site and the new one is only a guess (or absent).
const KEEP_EMAIL = sql<boolean>`(excluded.email IS NULL OR (excluded.email_method = 'inferred'
  AND prospects.email IS NOT NULL AND prospects.email_method IS DISTINCT FROM 'inferred'))`;

const keepOr = <T>(column: string) => sql<T>`CASE WHEN ${KEEP_EMAIL} THEN ${sql.ref(`prospects.${column}`)} ELSE ${sql.ref(`excluded.${column}`)} END`;

const mergeOnConflict = {
  full_name: sql<string>`excluded.full_name`,
  first_name: sql<string>`coalesce(excluded.first_name, prospects.first_name)`,
  last_name: sql<string>`coalesce(excluded.last_name, prospects.last_name)`,
  title: sql<string>`coalesce(excluded.title, prospects.title)`,
  role_class: sql<string>`CASE WHEN excluded.role_class = 'other' THEN prospects.role_class ELSE excluded.role_class END`,
  department: sql<string>`coalesce(excluded.department, prospects.department)`,
  email: keepOr<string | null>("email"),
  email_status: keepOr<ProspectsTable["email_status"]>("email_status"),
  email_method: keepOr<string | null>("email_method"),
  email_confidence: keepOr<number | null>("email_confidence"),
  email_pattern: keepOr<string | null>("email_pattern"),
  phone: sql<string>`coalesce(excluded.phone, prospects.phone)`,
  linkedin_url: sql<string>`coalesce(excluded.linkedin_url, prospects.linkedin_url)`,
  sources: sql<string>`CASE WHEN ${KEEP_EMAIL} THEN prospects.sources || (excluded.sources - 'email')
    ELSE prospects.sources || excluded.sources END`,
  updated_at: sql<string>`greatest(prospects.updated_at, excluded.updated_at)`,
  last_seen_at: sql<string>`greatest(prospects.last_seen_at, excluded.last_seen_at)`,
};

function sourcesOf(person: PersonFacts, seenAt: string): Record<string, unknown> {
  const source = { url: person.provenance.sourceUrl, type: "website", method: person.provenance.method, confidence: person.provenance.confidence, observed_at: seenAt };
  const fields = ["full_name", "title", "phone", "linkedin_url"].filter((field) => field === "full_name" || personValue(person, field));
  const sources: Record<string, unknown> = Object.fromEntries(fields.map((field) => [field, source]));
  if (person.email) {
    sources.email = { ...source, method: person.email_method ?? source.method, confidence: person.email_confidence ?? source.confidence };
  }
  return sources;
}

function personValue(person: PersonFacts, field: string): unknown {
  return field === "title" ? person.role : (person as unknown as Record<string, unknown>)[field];
}

function uniqueByKey(people: PersonFacts[]): [string, PersonFacts][] {
  const byKey = new Map<string, PersonFacts>();
  for (const person of people) {
    const key = foldText(person.name);
    if (key && !byKey.has(key)) byKey.set(key, person);
  }
  return [...byKey.entries()];
}
