#!/usr/bin/env node
/* global URL, console */
// Rebuilds given-names.txt and surnames.txt from the person-name data that @faker-js/faker ships
// (MIT licence, see docs/name-gazetteer.md). Run after upgrading that dev dependency:
//   node src/engine/extract/contacts/names/build-name-lists.mjs
// The lists are committed so that the engine reads plain files and needs no dev dependency at run time.
import { writeFileSync } from "node:fs";
import { allLocales } from "@faker-js/faker";

// Languages and regions of the sites the engine crawls (Western Europe, English-speaking countries)
// plus neighbours whose names are common among staff there.
const LOCALES = [
  "en", "en_GB", "en_US", "en_AU", "en_IN", "en_ZA", "en_IE", "en_CA", "en_NG", "de", "de_AT", "de_CH", "fr", "fr_CH",
  "fr_BE", "fr_CA", "nl", "nl_BE", "es", "es_MX", "it", "pt_PT", "pt_BR", "pl", "sv", "da", "nb_NO", "fi", "cs_CZ", "sk",
  "tr", "hr", "ro", "hu", "el", "ru", "uk", "vi",
];
// A plain name token: letters, inner apostrophes or hyphens (the lists also hold phrases and non-Latin scripts).
const TOKEN = /^\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

// Tokens that the locale lists hold as rare names but that headings use as ordinary words.
const COMMON_WORDS = new Set([
  "general", "royal", "golden", "art", "hope", "joy", "faith", "summer", "winter", "autumn", "spring", "august", "may",
  "june", "april", "star", "sky", "rain", "river", "lake", "sunny", "honey", "dream", "liberty", "justice", "major",
  "king", "prince", "baron", "duke", "earl", "bishop", "page", "mark", "bill", "will", "rich", "smart", "young", "price",
  // articles and pronouns of the crawled languages that some locales list as names
  "das", "der", "die", "den", "dem", "des", "the", "le", "la", "les", "el", "il", "lo", "un", "une", "ein", "eine", "het",
  "una", "uno", "del", "van", "von", "de", "di", "da", "du", "al", "ben", "ma", "mi", "sa", "si", "no", "so",
]);

function values(entry) {
  if (!entry) return [];
  const list = Array.isArray(entry) ? entry : Object.values(entry).flat();
  return list.map((v) => (typeof v === "string" ? v : v?.value)).filter((v) => typeof v === "string");
}

function collect(field) {
  const out = new Set();
  for (const locale of LOCALES) {
    for (const name of values(allLocales[locale]?.person?.[field])) {
      // "Mary Ann" or "Garcia Lopez": every token is a name on its own.
      for (const token of name.split(/\s+/)) {
        const key = token.toLowerCase();
        if (TOKEN.test(token) && token.length >= 2 && !(field === "first_name" && COMMON_WORDS.has(key))) out.add(key);
      }
    }
  }
  return [...out].sort();
}

const here = new URL(".", import.meta.url);
for (const [field, file] of [["first_name", "given-names.txt"], ["last_name", "surnames.txt"]]) {
  const names = collect(field);
  writeFileSync(new URL(file, here), `${names.join("\n")}\n`);
  console.log(`${file}: ${names.length} names`);
}
