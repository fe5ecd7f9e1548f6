import { parsePersonName } from "../extract/contacts/person-name.ts";
import { startsWithKnownGivenName } from "../extract/contacts/name-gazetteer.ts";

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
