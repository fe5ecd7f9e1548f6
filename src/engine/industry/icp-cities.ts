import { foldLetters } from "../text/fold.ts";

// Cities are read from how buyers place them ("in München und Augsburg", "around Leeds", "à Lyon",
// "a Milano"): a place cue followed by capitalised names. Names that turn out to be an industry,
// country or region are dropped by the caller; common capitalised nouns are dropped here.
const CUES = [
  "based in", "located in", "in the area of", "in and around", "in", "around", "near", "close to", "im raum", "raum", "grossraum",
  "großraum", "region", "rund um", "um", "bei", "nahe", "in der nähe von", "umgebung von", "umkreis von", "à", "a", "près de",
  "autour de", "région de", "dans la région de", "rond", "nabij", "regio", "omgeving", "en", "cerca de", "alrededor de", "zona de",
  "vicino a", "zona di", "provincia di", "area di",
];
// Cue words may start a sentence ("Raum Stuttgart"), but names must stay capitalised, so no `i` flag.
const anyCase = (cue: string) => cue.replace(/\p{L}/gu, (ch) => `[${ch}${ch.toUpperCase()}]`);
const CUE = String.raw`(?:(?<![\p{L}])(?:${CUES.sort((a, b) => b.length - a.length).map(anyCase).join("|")}))`;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:am|an der|an|im|ob|upon|on|sur|de|del|di|la|le|i)?\s*\p{Lu}[\p{L}'’.-]+){0,2}`;
const LIST = new RegExp(String.raw`${CUE}\s+(${NAME}(?:\s*(?:,|/|&|\bund\b|\band\b|\boder\b|\bor\b|\bsowie\b|\bet\b|\bou\b|\ben\b|\by\b|\be\b|\bo\b)\s*${NAME})*)`, "gu");
const SPLIT = /\s*(?:,|\/|&|\bund\b|\band\b|\boder\b|\bor\b|\bsowie\b|\bet\b|\bou\b|\ben\b|\by\b|\be\b|\bo\b)\s*/u;

const NOT_PLACES = new Set([
  "unternehmen", "firmen", "betrieben", "betriebe", "branchen", "zukunft", "europa", "europe", "landern", "stadten", "grossstadten",
  "regionen", "gebieten", "nahe", "umgebung", "form", "kombination", "zusammenarbeit", "hohe", "bezug", "deutsch", "englisch",
  "english", "vollzeit", "teilzeit", "ihrer", "ihrem", "unserer", "unserem", "der", "die", "das", "den", "dem", "the", "our", "their",
  "particular", "general", "addition", "besonderen", "allgemeinen", "zeiten", "kunden", "customers", "companies", "businesses",
  "la", "le", "les", "el", "los", "il", "het", "de", "een", "ein", "eine", "mitarbeitern", "employees", "staff", "bereich", "raum",
]);

export function findCities(text: string): string[] {
  const cities: string[] = [];
  for (const match of text.matchAll(LIST)) {
    for (const name of match[1].split(SPLIT)) {
      const trimmed = name.trim().replace(/[.’']+$/u, "");
      if (trimmed && !NOT_PLACES.has(foldLetters(trimmed))) cities.push(trimmed);
    }
  }
  return [...new Set(cities)];
}
