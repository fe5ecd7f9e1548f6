import type { TextLine } from "./page-lines.ts";
import type { PersonCandidate } from "./person-candidate.ts";
import { parsePersonName, type ParsedName } from "./person-name.ts";
import { startsWithKnownGivenName } from "./name-gazetteer.ts";
import { classifyRole, mentionsKnownRole } from "./role-class.ts";
import { mentionsJobWord } from "./job-words.ts";
import { isCreditLine, looksLikeTestimonial } from "./noise-zones.ts";
import { LEGAL_FORM_PATTERN } from "./non-name-words.ts";

// Headings, emphasised captions and definition terms: where a page titles a person with their job.
const CAPTION_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "dt", "figcaption", "th", "caption"]);
const MAX_LINE = 90;
const MAX_ROLE_WORDS = 5;
// Prepositions, articles and conjunctions cannot end a job title: "Fragen an Petra Beispiel".
const DANGLING =
  /\b(?:an|bei|für|fuer|mit|von|vom|zu|zur|zum|und|oder|der|die|das|den|dem|des|ihr|ihre|to|for|with|by|and|or|of|the|your|à|avec|pour|par|et|de|du|la|le|les|voor|met|bij|en|van|het|con|por|para|y|per|e|il|lo|della|del)$/iu;

/**
 * "<job title> <name>" captions: `<h2>Notarfachangestellte Petra Beispiel</h2>`, `<strong>Rechtsanwalt
 * Dr. Jan Roe</strong>`. The title must name a role or occupation from the lexicons and the name must
 * open with a given name from the gazetteer: together they tell a person from a heading such as
 * "Service Hamburg Nord".
 */
export function extractRoleNameHeadings(lines: TextLine[], sourceUrl: string, language?: string): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  lines.forEach((line, i) => {
    const text = line.text.trim();
    if (!CAPTION_TAGS.has(line.block.name) || text.length > MAX_LINE || isCreditLine(lines[i - 1]?.text ?? "")) return;
    const split = splitRoleAndName(text);
    if (!split || looksLikeTestimonial(text)) return;
    found.push({
      ...split.name, role: split.role, roleClass: classifyRole(split.role, language),
      email: null, phone: null, linkedinUrl: null, method: "page_text", sourceUrl, confidence: 0.7,
    });
  });
  return found;
}

/** Splits "Notarfachangestellte Petra Beispiel" into its role and name, or null when it is not that shape. */
export function splitRoleAndName(text: string): { role: string; name: ParsedName } | null {
  if (/[,:;|()@\d]/.test(text) || LEGAL_FORM_PATTERN.test(text)) return null;
  const tokens = text.split(/\s+/);
  // The shortest role that leaves a known full name: "Rechtsanwältin und Notarin Dr. Eva Roe".
  for (let cut = 1; cut <= Math.min(MAX_ROLE_WORDS, tokens.length - 2); cut++) {
    const role = tokens.slice(0, cut).join(" ").replace(/[-–—]$/, "").trim();
    const rest = tokens.slice(cut).join(" ");
    if (!role || DANGLING.test(role) || !/^\p{Lu}/u.test(role)) continue;
    if (!(mentionsKnownRole(role) || mentionsJobWord(role))) continue;
    const name = parsePersonName(rest);
    if (name?.last_name && startsWithKnownGivenName(name)) return { role, name };
  }
  return null;
}
