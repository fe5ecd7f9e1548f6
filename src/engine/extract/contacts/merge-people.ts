import { distance } from "fastest-levenshtein";
import type { PersonFacts } from "../../types.ts";
import { foldTextSpelledOut } from "../../text/fold.ts";
import type { PersonCandidate } from "./person-candidate.ts";
import { strongerRoleClass } from "./role-class.ts";

/** Folds case and accents so "Rüegg", "Rueegg" and "RÜEGG" compare equal. */
export function nameKey(name: string): string {
  return foldTextSpelledOut(name);
}

// A first name alone ("Uwe" under a team photo) is the same person as the one full name starting with it.
function sameName(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x.includes(" ") || !y.includes(" ")) return x === y || x.split(" ")[0] === y.split(" ")[0];
  return x === y || 1 - distance(x, y) / Math.max(x.length, y.length) >= 0.85;
}

/** One person per real person: roles are joined, the strongest class and the first own contacts are kept. */
export function mergePeople(candidates: PersonCandidate[]): PersonFacts[] {
  const groups: PersonCandidate[][] = [];
  for (const candidate of candidates) {
    const group = groups.find((g) => g.some((c) => sameName(c.name, candidate.name)));
    if (group) group.push(candidate);
    else groups.push([candidate]);
  }
  return groups.map(toPersonFacts);
}

function toPersonFacts(group: PersonCandidate[]): PersonFacts {
  const full = group.filter((c) => c.last_name);
  const best = [...(full.length ? full : group)].sort((a, b) => b.confidence - a.confidence)[0] as PersonCandidate;
  const roles = [...new Set(group.map((c) => c.role).filter((r): r is string => !!r))];
  const withEmail = group.find((c) => c.email);
  return {
    name: longestName(group),
    first_name: best.first_name,
    last_name: best.last_name,
    role: roles.join("; ") || null,
    role_class: group.map((c) => c.roleClass).reduce(strongerRoleClass),
    department: null,
    email: withEmail?.email ?? null,
    email_method: withEmail ? (withEmail.method === "team_card" ? "mailto" : withEmail.method) : null,
    email_confidence: withEmail ? withEmail.confidence : null,
    email_status: null,
    phone: group.find((c) => c.phone)?.phone ?? null,
    linkedin_url: group.find((c) => c.linkedinUrl)?.linkedinUrl ?? null,
    provenance: { sourceUrl: best.sourceUrl, method: best.method, confidence: best.confidence },
  };
}

function longestName(group: PersonCandidate[]): string {
  return group.map((c) => c.name).reduce((a, b) => (b.length > a.length ? b : a));
}
