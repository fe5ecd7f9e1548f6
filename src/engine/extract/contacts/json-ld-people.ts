import type { CheerioAPI } from "cheerio";
import type { PersonCandidate } from "./person-candidate.ts";
import { parsePersonName } from "./person-name.ts";
import { classifyRole } from "./role-class.ts";
import { normalisePhone } from "./phone-number.ts";

type Json = Record<string, unknown>;

// Keys under which schema.org nests the people of an organisation; reviews and authors are skipped.
const PEOPLE_KEYS: Record<string, string | null> = { founder: "Founder", founders: "Founder", employee: null, employees: null, member: null, members: null, contactPoint: null, "@graph": null };

/** Person nodes from JSON-LD: top-level Persons and an Organization's founder/employee/member. */
export function extractJsonLdPeople($: CheerioAPI, sourceUrl: string, countryHint: string | null): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  $('script[type="application/ld+json" i]').each((_, el) => {
    const data = parseJson($(el).text());
    for (const node of Array.isArray(data) ? data : [data]) visit(node, null, out, sourceUrl, countryHint);
  });
  return out;
}

function visit(node: unknown, impliedRole: string | null, out: PersonCandidate[], sourceUrl: string, country: string | null): void {
  if (Array.isArray(node)) return node.forEach((n) => visit(n, impliedRole, out, sourceUrl, country));
  if (!node || typeof node !== "object") return;
  const obj = node as Json;
  if (isPerson(obj)) {
    const person = toCandidate(obj, impliedRole, sourceUrl, country);
    if (person) out.push(person);
  }
  for (const [key, role] of Object.entries(PEOPLE_KEYS)) if (key in obj) visit(obj[key], role, out, sourceUrl, country);
}

function isPerson(obj: Json): boolean {
  const type = obj["@type"];
  return type === "Person" || (Array.isArray(type) && type.includes("Person"));
}

function toCandidate(obj: Json, impliedRole: string | null, sourceUrl: string, country: string | null): PersonCandidate | null {
  const parsed = typeof obj.name === "string" ? parsePersonName(obj.name) : null;
  if (!parsed) return null;
  const role = [typeof obj.jobTitle === "string" ? obj.jobTitle : null, impliedRole].filter(Boolean).join("; ") || null;
  const sameAs = ([] as unknown[]).concat(obj.sameAs ?? []).filter((s): s is string => typeof s === "string");
  return {
    ...parsed,
    role,
    roleClass: classifyRole(role ?? ""),
    email: typeof obj.email === "string" ? obj.email.replace(/^mailto:/i, "").toLowerCase() : null,
    phone: typeof obj.telephone === "string" ? normalisePhone(obj.telephone, country) : null,
    linkedinUrl: sameAs.find((s) => /linkedin\.com\/in\//i.test(s)) ?? null,
    method: "json_ld",
    sourceUrl,
    confidence: 0.85,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.trim());
  } catch {
    return null;
  }
}
