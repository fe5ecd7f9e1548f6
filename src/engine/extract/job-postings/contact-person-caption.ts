import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import { parsePersonName } from "../contacts/person-name.ts";
import { isKnownGivenName, startsWithKnownGivenName } from "../contacts/name-gazetteer.ts";

const SINGLE_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,14}$/u;
const MAX_NAME_LENGTH = 48;

/**
 * True when a title-like text is the role under a contact person's name ("Ennia" / "Operations
 * Manager", "Jane Roe" / "HR Manager"): careers pages close with who receives applications, and that
 * person's job is not an opening. The name must open with a given name from the gazetteer.
 */
export function isContactPersonCaption($: CheerioAPI, el: Element): boolean {
  const before = previousText($, el);
  if (!before || before.length > MAX_NAME_LENGTH) return false;
  if (SINGLE_GIVEN_NAME.test(before)) return isKnownGivenName(before) || portraitNames($, el, before);
  const name = parsePersonName(before);
  return !!name?.last_name && startsWithKnownGivenName(name);
}

// A first name the gazetteer lacks still names a person when the photo beside it says so (alt "Ennia, HR").
function portraitNames($: CheerioAPI, el: Element, name: string): boolean {
  const word = new RegExp(`(?:^|[^\\p{L}])${name}(?=$|[^\\p{L}])`, "u");
  let scope = $(el).parent();
  for (let level = 0; scope.length && level < 3; level++, scope = scope.parent()) {
    if (scope.find("img[alt]").toArray().some((img) => word.test(img.attribs.alt ?? ""))) return true;
  }
  return false;
}

// The text of the nearest element before this one in its card: its previous sibling, or its parent's.
function previousText($: CheerioAPI, el: Element): string {
  let node: Element | null = el;
  for (let level = 0; node && level < 2; level++) {
    const prev = $(node).prev();
    if (prev.length) return prev.text().replace(/\s+/g, " ").trim();
    node = node.parent && node.parent.type === "tag" ? (node.parent as Element) : null;
  }
  return "";
}
