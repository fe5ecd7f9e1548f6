import { LEXICON_LANGUAGES } from "./lexicon-entry.ts";
import { compileTerm, TermMatcher, type CompiledTerm } from "./term-matcher.ts";

// Region codes ICU names that are not current ISO 3166-1 countries (groupings, reserved and retired codes).
const NOT_COUNTRIES = new Set([
  "EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AC", "CP", "DG", "EA", "IC", "TA",
  "DD", "FX", "CS", "SU", "YU", "ZR", "TP", "BU", "NT", "YD", "VD", "AN",
]);

// Names ICU does not give: short forms, groupings and adjectives buyers use ("German companies", "DACH").
const COUNTRY_ALIASES: Record<string, string[]> = {
  "usa|u s a|united states of america|america|american|us amerikanisch*": ["US"],
  "uk|u k|great britain|britain|england|scotland|wales|northern ireland|british|britische*|grossbritannien|royaume uni|verenigd koninkrijk|reino unido|regno unito": ["GB"],
  "holland|dutch|niederlandische*|hollandische*|neerlandais*|nederlandse|holandes*|olandes*": ["NL"],
  "dach|dach region|dach raum|deutschsprachige raum|deutschsprachigen raum|german speaking countries|deutschsprachig*": ["DE", "AT", "CH"],
  "benelux": ["BE", "NL", "LU"],
  "nordics|nordic countries|scandinavia|skandinavien|scandinavie|escandinavia": ["SE", "NO", "DK", "FI"],
  "german|deutsche|deutschen|deutscher|deutsches|allemand*|duitse|aleman*|tedesc*": ["DE"],
  "austrian|osterreichische*|autrichien*|oostenrijkse|austriac*": ["AT"],
  "swiss|schweizer|schweizerische*|suisse*|zwitserse|suiz*|svizzer*": ["CH"],
  "french|franzosische*|francais*|franse|frances*": ["FR"],
  "belgian|belgische*|belge*|belg*a": ["BE"],
  "spanish|spanische*|espagnol*|spaanse|espanol*|spagnol*": ["ES"],
  "italian|italienische*|italiaanse|italiano|italiane|italiani": ["IT"],
};

export interface CountryHit {
  codes: string[];
  position: number;
  length: number;
}

function countryCodes(): string[] {
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_COUNTRIES.has(code) && names.of(code)) codes.push(code);
    }
  }
  return codes;
}

// Country names in every lexicon language come from ICU, so no hand-written list can go stale.
function compileCountries(): CompiledTerm<string[]>[] {
  const terms: CompiledTerm<string[]>[] = [];
  const codes = countryCodes();
  for (const language of LEXICON_LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    for (const code of codes) {
      const name = names.of(code);
      const term = name ? compileTerm(name.replace(/[^\p{L}\p{N}\s]+/gu, " "), [code]) : null;
      if (term) terms.push({ ...term, words: term.words.map((w) => ({ ...w, prefix: false, tail: false })) });
    }
  }
  for (const [spellings, codesOf] of Object.entries(COUNTRY_ALIASES)) {
    for (const spelling of spellings.split("|")) {
      const term = compileTerm(spelling, codesOf);
      if (term) terms.push(term);
    }
  }
  return terms;
}

let matcher: TermMatcher<string[]> | null = null;

/** Countries a list of folded words names: "Deutschland", "Germany", "Allemagne", "DACH", "German". */
export function findCountries(folded: string[]): CountryHit[] {
  matcher ??= new TermMatcher(compileCountries());
  return matcher.find(folded).map((hit) => ({ codes: hit.term.payload, position: hit.start, length: hit.length }));
}
