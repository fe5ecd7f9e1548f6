import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import type { PageLines, TextLine } from "./page-lines.ts";
import type { PersonCandidate } from "./person-candidate.ts";
import { NON_NAME_SUFFIX, NON_NAME_WORDS } from "./non-name-words.ts";
import { classifyRole, mentionsKnownRole, mentionsLeadershipRole } from "./role-class.ts";
import { mentionsJobWord } from "./job-words.ts";
import { ancestorsOf } from "./dom-ancestry.ts";
import { nameKey } from "./merge-people.ts";

const FIRST_NAME = /^\p{Lu}\p{Ll}{2,11}$/u;
const HEADING = /^(?:h[1-6]|strong|b|dt|th)$/;
const POSSESSIVE = /^(?:unser|unsere|unseren|ihr|ihre|our|your|notre|nos|onze|ons|nuestro|nuestros|il nostro|i nostri)\b/i;

/**
 * Team pages that show only first names: a photo captioned "Heidi" whose image file or alt text
 * carries the same name, under a heading naming the job. At least two such captions are required.
 */
export function extractFirstNameCaptions(page: PageLines, sourceUrl: string): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  page.lines.forEach((line, i) => {
    if (!isFirstNameToken(line.text) || !photoNamed(page.$, line.block, line.text)) return;
    const role = headingRoleAbove(page.lines, i);
    if (!role) return;
    found.push({
      name: line.text, first_name: line.text, last_name: null, role, roleClass: classifyRole(role),
      email: null, phone: null, linkedinUrl: null, method: "team_card", sourceUrl, confidence: 0.6,
    });
  });
  return found.length >= 2 ? found : [];
}

function isFirstNameToken(text: string): boolean {
  const folded = text.toLowerCase();
  return FIRST_NAME.test(text) && !NON_NAME_WORDS.has(folded) && !NON_NAME_SUFFIX.test(folded) && !mentionsKnownRole(text) && !mentionsJobWord(text);
}

function photoNamed($: CheerioAPI, block: Element, token: string): boolean {
  const key = nameKey(token);
  return [block, ...ancestorsOf(block, 2)].some((container) =>
    $(container).find("img").toArray().some((img) => {
      const file = (img.attribs.src ?? "").split(/[/?#]/).filter(Boolean).pop() ?? "";
      return nameKey(file).split(" ").includes(key) || nameKey(img.attribs.alt ?? "").split(" ").includes(key);
    }),
  );
}

// Skips the other captions of the same group upwards until the group's heading.
function headingRoleAbove(lines: TextLine[], i: number): string | null {
  for (let j = i - 1; j >= Math.max(0, i - 12); j--) {
    const line = lines[j] as TextLine;
    if (FIRST_NAME.test(line.text)) continue;
    // "Unser Service" over a photo gallery names an offer, not the job of the people shown.
    const isRole = mentionsLeadershipRole(line.text) || (mentionsJobWord(line.text) && !POSSESSIVE.test(line.text));
    return HEADING.test(line.block.name) && isRole && line.text.length <= 60 ? line.text : null;
  }
  return null;
}
