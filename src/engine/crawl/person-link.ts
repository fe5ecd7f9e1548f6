import { parsePersonName } from "../extract/contacts/person-name.ts";
import { startsWithKnownGivenName } from "../extract/contacts/name-gazetteer.ts";
import { foldForMatching } from "./page-kinds.ts";

/**
 * True when a link's text is a person's full name whose given name the gazetteer knows ("Jane Roe"):
 * team pages and menus link each person's profile page this way, and such a page carries that
 * person's own e-mail and phone. Single words and product names do not qualify.
 */
export function isPersonLinkText(text: string): boolean {
  const trimmed = text.replace(/\s+/g, " ").trim();
  if (trimmed.length < 5 || trimmed.length > 48) return false;
  const parsed = parsePersonName(trimmed);
  return !!parsed && !!parsed.last_name && startsWithKnownGivenName(parsed);
}

// What a team card's link to the person's own page says, in the crawled languages (folded).
const PROFILE_LINK =
  /^(?:mehr|mehr erfahren|mehr info(?:s|rmationen)?|weiterlesen|weiter|zum profil|profil|vita|lebenslauf|read more|more|learn more|more info|view profile|profile|bio|full bio|view bio|read bio|en savoir plus|lire la suite|voir le profil|profil complet|meer|lees meer|meer info|bekijk profiel|leer mas|ver mas|ver perfil|scopri di piu|leggi di piu|continua|profilo)$/;

/** True for the short "more"/"profile" link texts that team cards put under each person. */
export function isProfileLinkText(text: string): boolean {
  const folded = foldForMatching(text.slice(0, 60));
  return PROFILE_LINK.test(folded);
}
