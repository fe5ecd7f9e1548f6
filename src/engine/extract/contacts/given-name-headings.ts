import type { TextLine } from "./page-lines.ts";
import type { PersonCandidate } from "./person-candidate.ts";
import { isKnownGivenName } from "./name-gazetteer.ts";
import { parsePersonName } from "./person-name.ts";
import { classifyRole, mentionsKnownRole } from "./role-class.ts";
import { mentionsJobWord } from "./job-words.ts";
import { NON_NAME_WORDS } from "./non-name-words.ts";

const HEADING = /^h[2-6]$/;
const GIVEN = /^\p{Lu}\p{Ll}{2,14}$/u;
const MIN_RUN = 2;
const MAX_ROLE_WORDS = 6;

/**
 * Runs of headings that are a bare given name, each followed by a biography opening with the
 * person's role: "<h2>Larch</h2><p>Co-founder. Dr. Larch Maxey … </p>". The full name is taken
 * when the biography spells it, else the given name stands. Needs at least two such headings, so
 * one heading "Jordan" over a text about a country is not a person.
 */
export function extractGivenNameHeadings(lines: TextLine[], sourceUrl: string, language?: string): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  let known = 0;
  lines.forEach((line, i) => {
    const given = line.text.trim();
    if (!HEADING.test(line.block.name) || !GIVEN.test(given) || NON_NAME_WORDS.has(given.toLowerCase())) return;
    const next = lines[i + 1]?.text ?? "";
    const role = /^([^.!?]{2,60})\.\s/.exec(next)?.[1]?.trim() ?? "";
    if (!role || role.split(/\s+/).length > MAX_ROLE_WORDS || !(mentionsKnownRole(role) || mentionsJobWord(role))) return;
    const full = fullNameIn(next, given);
    // The gazetteer or the biography spelling out the full name vouches for a rarer given name.
    const isKnown = isKnownGivenName(given);
    if (!isKnown && !full) return;
    if (isKnown) known++;
    found.push({
      ...(full ?? { name: given, first_name: given, last_name: null }),
      role, roleClass: classifyRole(role, language), email: null, phone: null, linkedinUrl: null,
      method: "page_text", sourceUrl, confidence: 0.6,
    });
  });
  return found.length >= MIN_RUN && known >= 1 ? found : [];
}

// "Dr. Larch Maxey LLB, MSc" → "Larch Maxey": the given name followed by one or two capitalised words.
function fullNameIn(text: string, given: string): ReturnType<typeof parsePersonName> {
  const at = new RegExp(`\\b${given}((?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2})`, "u").exec(text);
  if (!at) return null;
  const tokens = `${given}${at[1]}`.split(/\s+/);
  for (let n = tokens.length; n >= 2; n--) {
    const parsed = parsePersonName(tokens.slice(0, n).join(" "));
    if (parsed) return parsed;
  }
  return null;
}
