import type { EmploymentType } from "../../types.ts";

// Ordered so that the more specific wording wins (e.g. "Ausbildung" before generic full-time wording).
const PATTERNS: [EmploymentType, RegExp][] = [
  ["APPRENTICESHIP", /\b(?:ausbildung\w*|azubi\w*|auszubildende\w*|lehrstelle\w*|lehrling\w*|apprentice\w*|apprentissage|alternance|leerling\w*|apprendistato)\b/iu],
  ["INTERN", /\b(?:intern|interns|internship\w*|praktik\w*|werkstudent\w*|stage|stagiaire|stagiair\w*|pr[aá]cticas|becari\w*|tirocini\w*|stagista)\b/iu],
  ["FULL_TIME", /\b(?:vollzeit\w*|full[- ]?time|temps plein|voltijd|jornada completa|tempo pieno)\b|\bvoll-\s*und\s*teilzeit\b/iu],
  ["PART_TIME", /\b(?:teilzeit\w*|minijob\w*|part[- ]?time|temps partiel|deeltijd|media jornada|tiempo parcial|part-time|aushilfe\w*|geringf[uü]gig\w*)\b/iu],
  ["CONTRACTOR", /\b(?:contract|contractor|freelance\w*|freiberuf\w*|freie mitarbeit\w*|1099|indépendant|zzp)\b/iu],
  ["TEMPORARY", /\b(?:temporary|befristet\w*|temporaire|tijdelijk|temporal|seasonal|saison\w*)\b/iu],
  ["VOLUNTEER", /\b(?:volunteer\w*|ehrenamt\w*|bénévol\w*|vrijwillig\w*)\b/iu],
];

const SCHEMA_VALUES = new Set<EmploymentType>([
  "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "APPRENTICESHIP", "VOLUNTEER", "PER_DIEM", "OTHER",
]);

/** Employment types a free text states, in the order they first appear in it. */
export function employmentTypesInText(text: string): EmploymentType[] {
  const found: { type: EmploymentType; at: number }[] = [];
  for (const [type, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) found.push({ type, at: match.index });
  }
  // "unbefristet" must not read as temporary
  const filtered = found.filter((f) => !(f.type === "TEMPORARY" && /\bunbefristet/iu.test(text) && !/\b(?<!un)befristet/iu.test(text)));
  return filtered.sort((a, b) => a.at - b.at).map((f) => f.type);
}

/** schema.org employmentType values ("FULL_TIME", "Part-time", ["INTERN"]) as our enum. */
export function employmentTypesFromSchema(value: unknown): EmploymentType[] {
  const values = Array.isArray(value) ? value : [value];
  const out: EmploymentType[] = [];
  for (const v of values) {
    if (typeof v !== "string") continue;
    const upper = v.trim().toUpperCase().replace(/[\s-]+/g, "_") as EmploymentType;
    const type = SCHEMA_VALUES.has(upper) ? upper : employmentTypesInText(v)[0];
    if (type && !out.includes(type)) out.push(type);
  }
  return out;
}
