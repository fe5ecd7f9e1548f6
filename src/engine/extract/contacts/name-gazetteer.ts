import { readFileSync } from "node:fs";

// Given names and surnames across the crawled languages, built from openly licensed data
// (names/build-name-lists.mjs, licence in docs/name-gazetteer.md). Loaded once, lazily.
let lists: { given: Set<string>; surnames: Set<string> } | null = null;

function load(): { given: Set<string>; surnames: Set<string> } {
  const read = (file: string) => new Set(readFileSync(new URL(`./names/${file}`, import.meta.url), "utf8").split("\n").filter(Boolean));
  lists ??= { given: read("given-names.txt"), surnames: read("surnames.txt") };
  return lists;
}

// "Jean-Luc" or "Anna-Lena": a hyphenated given name counts when its first part is known.
function keyOf(token: string): string {
  return token.normalize("NFC").toLowerCase().replace(/[’`]/g, "'");
}

/** True when the token is a given name in the gazetteer ("Petra", "Giulia", "Jean-Luc"). */
export function isKnownGivenName(token: string): boolean {
  const key = keyOf(token);
  const { given } = load();
  return given.has(key) || given.has(key.split("-")[0] ?? "");
}

/** True when the token is a surname in the gazetteer ("Müller", "Rossi", "Smith"). */
export function isKnownSurname(token: string): boolean {
  return load().surnames.has(keyOf(token));
}

/** A full name whose first given name is known: the evidence that a bare caption names a person. */
export function startsWithKnownGivenName(name: { first_name: string | null }): boolean {
  const first = name.first_name?.split(/\s+/)[0];
  return !!first && isKnownGivenName(first);
}
