import type { TextLine } from "./page-lines.ts";
import type { ParsedName } from "./person-name.ts";
import { nameKey } from "./merge-people.ts";

const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}/giu;

/**
 * An address printed within a few lines of a name in an imprint block counts as the person's own
 * only when its local part carries their name; the company's info@ usually follows the owner too.
 */
export function nameMatchingEmail(lines: TextLine[], from: number, to: number, person: ParsedName): string | null {
  const tokens = nameKey(person.name).split(" ").filter((t) => t.length >= 3);
  for (const line of lines.slice(from, to)) {
    for (const email of line.text.match(EMAIL) ?? []) {
      const local = nameKey(email.split("@")[0] ?? "").replace(/ /g, "");
      if (tokens.some((t) => local.includes(t))) return email.toLowerCase();
    }
  }
  return null;
}
