import type { PersonFacts } from "../../types.ts";
import { nameKey } from "./merge-people.ts";

const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}/giu;

/** Every address printed on one page, in its text or behind mailto links, lower-cased. */
export function emailsIn(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) for (const m of text.match(EMAIL) ?? []) found.add(m.toLowerCase().replace(/^mailto:/, ""));
  return found;
}

/**
 * Gives each person without an e-mail the company address whose local part spells their name
 * ("jane.roe@", "jroe@", "roe.jane@"; a bare "jane@" only when no one else on the site shares that
 * name part). Printed anywhere on the site — a profile page, a careers note, a card above the
 * name — such an address is theirs; shared mailboxes (info@, office@) never spell a name.
 */
export function attachOwnEmails(people: PersonFacts[], emails: ReadonlySet<string>, domain: string | null): PersonFacts[] {
  const taken = new Set(people.map((p) => p.email).filter((e): e is string => !!e));
  const siteDomain = registrable(domain);
  const candidates = [...emails].filter((e) => !taken.has(e) && (!siteDomain || registrable(e.split("@")[1] ?? null) === siteDomain));
  const parts = people.map((p) => nameParts(p));
  const firstCounts = countOf(parts.map((p) => p.first));
  const lastCounts = countOf(parts.map((p) => p.last));
  return people.map((person, i) => {
    if (person.email) return person;
    const { first, last, rest } = parts[i] as NameParts;
    if (!first || !last) return person;
    const strong = new Set([first + last, last + first, first[0] + last, first + last[0], first + rest, first[0] + rest]);
    const weak = new Set<string>();
    if (firstCounts.get(first) === 1 && first.length >= 3) weak.add(first);
    if (lastCounts.get(last) === 1 && last.length >= 4) weak.add(last);
    const locals = candidates.map((e) => ({ email: e, local: nameKey(e.split("@")[0] ?? "").replace(/ /g, "") }));
    const match = locals.find((c) => strong.has(c.local)) ?? candidates.map(nicknameLocal(first, last, parts)).find(Boolean) ?? locals.find((c) => weak.has(c.local));
    if (!match || taken.has(match.email)) return person;
    // Another person's stronger claim on the same address wins: "jroe@" is not Jane's if John Roe is listed too.
    if (!strong.has(match.local) && people.some((other, k) => k !== i && claims(parts[k] as NameParts, match.local))) return person;
    taken.add(match.email);
    return { ...person, email: match.email, email_method: "page_text", email_confidence: 0.7 };
  });
}

// "will.cadbury@" for William Cadbury, "chris.roe@" for Christopher Roe: a short form of the given name
// (at least three letters) before the full surname, when no one else on the site fits that short form.
function nicknameLocal(first: string, last: string, parts: NameParts[]) {
  return (email: string): { email: string; local: string } | null => {
    const [short, surname, ...more] = (email.split("@")[0] ?? "").toLowerCase().split(/[._-]/);
    if (more.length || !short || short.length < 3 || surname !== last || short === first || !first.startsWith(short)) return null;
    const fits = parts.filter((p) => p.last === last && p.first.startsWith(short));
    return fits.length === 1 ? { email, local: short + surname } : null;
  };
}

interface NameParts {
  first: string;
  /** The final surname token ("connell" in "Brian O'Connell"). */
  last: string;
  /** Everything after the first name, run together ("oconnell", "devries"). */
  rest: string;
}

function nameParts(person: PersonFacts): NameParts {
  const tokens = nameKey(person.name).split(" ").filter(Boolean);
  if (tokens.length < 2) return { first: tokens[0] ?? "", last: "", rest: "" };
  return { first: tokens[0] ?? "", last: tokens[tokens.length - 1] ?? "", rest: tokens.slice(1).join("") };
}

function claims(parts: NameParts, local: string): boolean {
  return !!parts.first && !!parts.last && [parts.first + parts.last, parts.first[0] + parts.last, parts.last + parts.first].includes(local);
}

function countOf(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

// The last two labels of a host ("mail.example.co.uk" → "co.uk" is not enough, so three when the
// second-level label is a generic one), enough to tell the company's own mailboxes from others'.
function registrable(host: string | null): string | null {
  if (!host) return null;
  const labels = host.toLowerCase().replace(/^www\./, "").split(".").filter(Boolean);
  const generic = /^(?:co|com|org|net|ac|gov|edu|or|ne)$/;
  const take = labels.length >= 3 && generic.test(labels[labels.length - 2] ?? "") ? 3 : 2;
  return labels.slice(-take).join(".");
}
