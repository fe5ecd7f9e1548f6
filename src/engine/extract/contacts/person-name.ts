import { mentionsKnownRole } from "./role-class.ts";
import { NON_NAME_WORDS, NON_NAME_SUFFIX, LEGAL_FORM_PATTERN } from "./non-name-words.ts";

export interface ParsedName {
  /** The name as displayed, titles removed. */
  name: string;
  first_name: string | null;
  last_name: string | null;
}

// Academic and courtesy titles are kept off the name so that "Dr. A B" and "A B" merge.
const TITLE_PATTERN =
  /^(?:(?:Prof|Dr|Dipl|Ing|Mag|Med|Dent|Vet|Rer|Nat|Jur|Oec|Pol|Phil|Kfm|Kff|Betriebsw|Oek|Inf|Univ|habil|Mr|Mrs|Ms|Mme|Mlle|M|Sig|Sig\.ra|Sr|Sra|Dott|Ir|Drs|Herr|Frau|Miss|Monsieur|Madame|Dhr|Mevr|Señor|Señora|Signor|Signora|CA|Avv|Arch|RA|StB|MSc|BSc|MBA|PhD)(?:\.(?:\s?-\s?[A-Za-zäöü]+\.)*\s*|\s+))/iu;
const SUFFIX_PATTERN = /(?:,\s*|\s+)(?:OD|MD|PhD|MBA|M\.?\s?Sc|B\.?\s?Sc|M\.?A|B\.?A|LL\.?M|CPA|CFA|DDS|DO|RN|Jr\.?|Sr\.?|I{2,3})\.?$/u;
const PARTICLES = new Set(["von", "van", "de", "der", "den", "du", "di", "da", "del", "della", "dos", "das", "le", "la", "ten", "ter", "zu", "vom", "bin", "al", "y", "e"]);
// French imprints write surnames in capitals ("Jean DUPONT"); one mixed-case token is still required.
const NAME_TOKEN =
  /^(?:\p{Lu}\.|\p{Lu}{2,}(?:-\p{Lu}{2,})?|[“"'„]?(?:\p{Lu}['’`])?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['’`-]\s?\p{L}[\p{Ll}\p{M}]+)*[”"'“]?)$/u;

/** Strips leading academic/courtesy titles and trailing post-nominals. */
export function stripNameTitles(raw: string): string {
  let s = raw.replace(/\s+/g, " ").trim();
  for (let i = 0; i < 6; i++) {
    const next = s.replace(TITLE_PATTERN, "").trim();
    if (next === s) break;
    s = next;
  }
  return s.replace(SUFFIX_PATTERN, "").replace(/[,;:.]+$/, "").trim();
}

/** Returns the parsed name when `raw` looks like a person's name (2–4 capitalised tokens), else null. */
export function parsePersonName(raw: string): ParsedName | null {
  const name = stripNameTitles(raw.replace(/\.(?=\p{Lu}\p{Ll})/u, ". "));
  if (name.length < 4 || name.length > 48 || LEGAL_FORM_PATTERN.test(name) || /\d|@|\//.test(name)) return null;
  const tokens = name.split(" ");
  const core = tokens.filter((t) => !PARTICLES.has(t));
  if (core.length < 2 || core.length > 4 || tokens.length > 6) return null;
  if (!core.every(isNameToken) || mentionsKnownRole(name) || ADJECTIVE_ENDING.test(core[0] ?? "")) return null;
  if (tokens[0] && PARTICLES.has(tokens[0])) return null;
  if (!core.some((t) => /\p{Ll}{2}/u.test(t))) return null;
  const display = tokens.map((t) => (/^\p{Lu}{3,}(?:-\p{Lu}{2,})?$/u.test(t) ? titleCase(t) : t));
  return { name: display.join(" "), ...splitFirstLast(display) };
}

// German adjectives open headings ("Medizinische Papiere", "Flache Hierarchien"), never names.
// The "-er" form is left out for -ig/-isch stems: Rüdiger and Fischer are names.
const ADJECTIVE_ENDING = /(?:(?:isch|lich|ig|fertig|haft|bar|sam|los|voll|ell|iv|är|ör)(?:e|es|en|em)|(?:lich|fertig|haft|bar|sam)er)$/u;

function isNameToken(token: string): boolean {
  if (!NAME_TOKEN.test(token)) return false;
  const bare = token.replace(/[“"'„”]/g, "").toLowerCase();
  if (NON_NAME_WORDS.has(bare)) return false;
  return !(bare.length > 5 && NON_NAME_SUFFIX.test(bare));
}

function splitFirstLast(tokens: string[]): Pick<ParsedName, "first_name" | "last_name"> {
  // Surname particles (de, van, von) belong to the last name: "Andreas de Vries" → "de Vries".
  let lastStart = tokens.length - 1;
  while (lastStart > 1 && PARTICLES.has(tokens[lastStart - 1] ?? "")) lastStart--;
  return { first_name: tokens.slice(0, lastStart).join(" ") || null, last_name: tokens.slice(lastStart).join(" ") || null };
}

function titleCase(token: string): string {
  return token.toLowerCase().replace(/(^|-)(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
