import type { PersonFacts } from "../../types.ts";
import { foldTextSpelledOut } from "../../text/fold.ts";

export type EmailPattern = "first.last" | "f.last" | "first_last" | "first-last" | "initials" | "firstlast" | "flast" | "first";

export interface InferredEmail {
  email: string;
  email_method: "inferred";
  /** 0..1; a guess is never as good as an address printed on the site. */
  email_confidence: number;
  pattern: EmailPattern;
}

type NamedPerson = Pick<PersonFacts, "first_name" | "last_name">;
type KnownExample = NamedPerson & { email: string | null };

// Shared mailboxes say nothing about how personal addresses are built.
const ROLE_MAILBOX =
  /^(?:info|kontakt|contact|mail|post|office|buero|hello|hallo|hi|service|team|sales|vertrieb|support|admin|webmaster|bewerbung|karriere|jobs|careers|recruiting|rechnung|rechnungen|billing|invoice|buchhaltung|datenschutz|privacy|presse|press|noreply|no-reply|anfrage|anfragen|shop|order|bestellung|marketing|news|newsletter|verwaltung|zentrale|empfang|reception|enquiries|inquiries|accounts|dojo|praxis|kanzlei)$/;

/** Local part of `person`'s address for a pattern, ASCII-folded ("Jürgen Groß" → "juergen.gross"). */
export function localPartFor(person: NamedPerson, pattern: EmailPattern): string | null {
  const first = fold(person.first_name?.split(/\s+/)[0] ?? "");
  const last = fold(person.last_name ?? "");
  if (!first || !last) return null;
  const table: Record<EmailPattern, string> = {
    "first.last": `${first}.${last}`, "f.last": `${first[0]}.${last}`, first_last: `${first}_${last}`,
    "first-last": `${first}-${last}`, initials: `${first[0]}${last[0]}`, firstlast: `${first}${last}`, flast: `${first[0]}${last}`, first,
  };
  return table[pattern];
}

/**
 * Guesses a person's address from how the site's other personal addresses are built. The result is
 * marked `inferred` and must never be shown as an address that was found.
 */
export function inferEmail(person: NamedPerson, knownEmails: string[], domain: string | null, examples: KnownExample[] = []): InferredEmail | null {
  if (!domain) return null;
  const fromExamples = patternFromExamples(examples, domain);
  const votes = fromExamples ?? patternFromShapes(knownEmails, domain);
  if (!votes) return null;
  const local = localPartFor(person, votes.pattern);
  if (!local) return null;
  return { email: `${local}@${domain.toLowerCase()}`, email_method: "inferred", email_confidence: votes.confidence, pattern: votes.pattern };
}

function patternFromExamples(examples: KnownExample[], domain: string): { pattern: EmailPattern; confidence: number } | null {
  const patterns: EmailPattern[] = ["first.last", "f.last", "first_last", "first-last", "initials", "flast", "firstlast", "first"];
  const own = examples.filter((e) => e.email?.toLowerCase().endsWith(`@${domain.toLowerCase()}`));
  let best: { pattern: EmailPattern; hits: number } | null = null;
  for (const pattern of patterns) {
    const hits = own.filter((e) => localPartFor(e, pattern) === e.email?.split("@")[0]?.toLowerCase()).length;
    if (hits && (!best || hits > best.hits)) best = { pattern, hits };
  }
  return best ? { pattern: best.pattern, confidence: Math.min(0.9, 0.6 + 0.1 * best.hits) * (best.hits / own.length) } : null;
}

// Without names, only shapes are unambiguous: "a.b" is first.last, "a.bcd" is f.last, 2–3 letters are initials.
function patternFromShapes(knownEmails: string[], domain: string): { pattern: EmailPattern; confidence: number } | null {
  const counts = new Map<EmailPattern, number>();
  const personal = knownEmails
    .map((e) => e.toLowerCase().trim())
    .filter((e) => e.endsWith(`@${domain.toLowerCase()}`))
    .map((e) => e.split("@")[0] ?? "")
    .filter((local) => !ROLE_MAILBOX.test(local));
  for (const local of new Set(personal)) {
    const shape = shapeOf(local);
    if (shape) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top) return null;
  const total = ranked.reduce((sum, [, n]) => sum + n, 0);
  return { pattern: top[0], confidence: +(Math.min(0.8, 0.4 + 0.15 * top[1]) * (top[1] / total)).toFixed(2) };
}

function shapeOf(local: string): EmailPattern | null {
  if (/^[a-z]\.[a-z]{2,}$/.test(local)) return "f.last";
  if (/^[a-z]{2,}\.[a-z]{2,}$/.test(local)) return "first.last";
  if (/^[a-z]{2,}_[a-z]{2,}$/.test(local)) return "first_last";
  if (/^[a-z]{2,}-[a-z]{2,}$/.test(local)) return "first-last";
  if (/^[a-z]{2,3}$/.test(local)) return "initials";
  return null;
}

// An address's local part is written in plain ASCII letters, umlauts spelled out ("Jürgen" → "juergen").
function fold(s: string): string {
  return foldTextSpelledOut(s).replace(/[^a-z]/g, "");
}

/** People without a found address get an inferred one, clearly marked; found addresses are untouched. */
export function withInferredEmails(people: PersonFacts[], knownEmails: string[], domain: string | null): PersonFacts[] {
  const examples = people.filter((p) => p.email && p.email_method !== "inferred");
  return people.map((p) => {
    if (p.email) return p;
    const guess = inferEmail(p, knownEmails, domain, examples);
    return guess ? { ...p, email: guess.email, email_method: "inferred", email_confidence: guess.email_confidence, email_pattern: guess.pattern, email_status: null } : p;
  });
}
