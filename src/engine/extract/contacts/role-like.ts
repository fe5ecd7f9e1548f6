import { parsePersonName } from "./person-name.ts";
import { mentionsKnownRole } from "./role-class.ts";
import { mentionsJobWord } from "./job-words.ts";

const NOT_A_ROLE =
  /@|https?:|www\.|\d{3,}|^[\d\s+()/.-]+$|[!?:]$|^(?:tel|fax|e-?mail|phone|mobil)\b|(?:str\.|stra(?:ß|ss)e|weg|platz|allee|gasse|road|street|avenue|lane)\s*\d/i;
const MAX_ROLE_WORDS = 9;

/** A short caption that can be a job title: few words, no sentence, no contact data, not a name. */
export function isRoleLike(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (text.length < 2 || text.length > 100 || words > MAX_ROLE_WORDS || NOT_A_ROLE.test(text)) return false;
  if (/\p{Ll}{3,}\.$/u.test(text) && words > 3) return false;
  const namesWork = mentionsKnownRole(text) || mentionsJobWord(text);
  if (!namesWork && parsePersonName(text)) return false;
  if (/[.;]\s+\p{Lu}/u.test(text) && words > 5 && !namesWork) return false;
  return /^[\p{L}„"(]/u.test(text);
}
