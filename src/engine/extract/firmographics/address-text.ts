// Postal addresses written as text: "Street 1, 12345 City" (continental), "City AB1 2CD" (UK),
// "City, ST 12345" (US), "City, BC V6B 2J1" (CA), "City NSW 2230" (AU), "City - 500 039" (IN).

export interface TextAddress {
  street: string | null;
  postal_code: string;
  city: string;
  region: string | null;
  country: string | null;
}

const STREET = /^(?:[A-ZÄÖÜ0-9#][^@:]{1,70}?\s\d+\s?[a-zA-Z]?(?:\s?[-–]\s?\d+\s?[a-z]?)?|\d+[A-Za-z]?\s+[A-Z][^@:]{2,70}|(?:[A-ZÄÖÜ][\wäöüß.' -]*,\s*)*(?:Unit|Suite|Level|L\d|P\.?\s?O\.?\s?Box|Postfach|Store|H\.\s?No)[^@:]{0,80})$/;
const STREET_WORD = /stra(ß|ss)e|str\.|weg\b|allee|platz|gasse|ring\b|damm|chaussee|ufer|hof\b|road|rd\b|street|st\b|ave|avenue|blvd|lane|drive|way\b|parade|place|rue|via|calle|straat|laan|plein|box|unit|suite|house/i;
const NOT_CITY = /^(e-?mail|tel|telefon|fax|mail|uhr|mo|di|mi|do|fr|sa|so|eur|euro|jahre|mitarbeiter|stunden|km|gmbh|und|bis)\b/i;
const COUNTRY_WORD: Array<[RegExp, string]> = [
  [/deutschland|germany/i, "DE"], [/österreich|austria/i, "AT"], [/schweiz|switzerland|suisse/i, "CH"],
  [/nederland|netherlands/i, "NL"], [/france/i, "FR"], [/españa|spain/i, "ES"], [/italia|italy/i, "IT"],
  [/united kingdom|england|scotland|wales/i, "GB"], [/cameroon|cameroun/i, "CM"],
];

const CONTINENTAL = /(?:^|[\s,])(?:(D|DE|A|AT|CH|F|FR|NL|B|E|I|IT|L)[-–\s])?(\d{5}|\d{4}(?:\s?[A-Z]{2}(?=\s))?)\s+([A-ZÄÖÜÉ][\p{L}.'’()\- ]{1,45}?)(?=\s*(?:$|[,|/;]|\s[-–]\s|\s(?:Deutschland|Germany|Österreich|Schweiz|Tel|Fon|Phone|E-Mail|Fax)\b))/u;
const UK = /(?:^|,\s*|\s)([A-Z][A-Za-z.'’ -]{1,30}?)[,\s]+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/;
const US = /(?:^|,\s*|\s)([A-Z][A-Za-z.'’ -]{1,30}?),\s*([A-Z]{2})\.?\s+(\d{5}(?:-\d{4})?)\b/;
const CA = /(?:^|,\s*|\s)([A-Z][A-Za-z.'’ -]{1,30}?),?\s+(AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+([A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/;
const AU = /(?:^|,\s*|\s)([A-Z][A-Za-z.'’ -]{1,30}?),?\s+(NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+(\d{4})\b/;
const IN = /(?:^|,\s*|\s)([A-Z][A-Za-z.'’ -]{1,30}?)(?:\s*\([A-Z.]+\))?\s*[-–,]\s*(\d{3}\s?\d{3})\b/;

/** The first postal address found at `index` (its street may sit on the line before). */
export function addressAt(lines: string[], index: number): TextAddress | null {
  // Footers run "Name · Street 1 · 12345 City · Tel …" together; the dots separate parts like commas.
  const line = lines[index].replace(/\s+[·•|]\s+|\s*[·•]\s*/g, ", ");
  const previous = continuedLines(lines, index) ?? joinUnitLine(lines[index - 2], lines[index - 1]);
  const found = continental(line, previous) ?? anglo(line, previous);
  return found && found.street ? { ...found, street: dropPostBox(found.street) } : found;
}

// "Campus Name," / "26/C Main Road," / "City – 560100": lines ending in a comma continue on the next one.
function continuedLines(lines: string[], index: number): string | undefined {
  const parts: string[] = [];
  for (let j = index - 1; j >= Math.max(0, index - 3) && /,$/.test(lines[j]); j--) parts.unshift(lines[j].replace(/,$/, ""));
  return parts.length ? parts.join(", ") : undefined;
}

// "1615 Ridenour Blvd" / "Suite 201" on separate lines are one street line.
function joinUnitLine(twoBack: string | undefined, previous: string | undefined): string | undefined {
  if (!previous || !twoBack || !/^(suite|ste\.?|unit|apt\.?|floor|level|#)\s*\w+$/i.test(previous)) return previous;
  return pickStreet(twoBack) ? `${twoBack}, ${previous}` : previous;
}

// "P.O. Box 772862, 4545 SW 60th Ave." — the street is the physical address when both are given.
function dropPostBox(street: string): string {
  const parts = street.split(/,\s*/);
  const rest = parts.filter((p) => !/^p\.?\s?o\.?\s?box|^postfach/i.test(p));
  return rest.length && rest.length < parts.length && rest.some((p) => /\d/.test(p)) ? rest.join(", ") : street;
}

function continental(line: string, previous: string | undefined): TextAddress | null {
  const m = CONTINENTAL.exec(line);
  if (!m || NOT_CITY.test(m[3])) return null;
  const before = line.slice(0, m.index + (m[0].startsWith(" ") || m[0].startsWith(",") ? 1 : 0)).replace(/[,\s]+$/, "");
  // Continental streets carry no commas: "Name, Hauptstraße 12, 73728 City" keeps only the last part.
  const street = pickStreet(lastPart(before)) ?? pickStreet(before) ?? (before ? null : pickStreet(lastPart(previous ?? "")) ?? pickStreet(previous ?? ""));
  const wholeLine = before === "" && line.length - (m.index + m[0].length) < 30;
  if (!street && !wholeLine) return null;
  if (!street && m[2].length === 4 && !m[1]) return null;
  return { street, postal_code: m[2], city: cleanCity(m[3]), region: null, country: prefixCountry(m[1]) ?? countryIn(line) };
}

function anglo(line: string, previous: string | undefined): TextAddress | null {
  for (const [pattern, country] of [[CA, "CA"], [AU, "AU"], [US, "US"], [UK, "GB"], [IN, "IN"]] as const) {
    const m = pattern.exec(line);
    if (!m) continue;
    const hasRegion = m.length > 3;
    const before = line.slice(0, m.index + (/^[\s,]/.test(m[0]) ? 1 : 0)).replace(/[,\s]+$/, "");
    const continued = previous && before && !/\d/.test(before) ? `${previous}, ${before}` : null;
    let street = pickStreet(before) ?? (continued ? pickStreet(continued) : null) ?? (before ? null : pickStreet(previous ?? ""));
    let city = cleanCity(m[1]);
    if (!street && country !== "US" && country !== "AU" && country !== "CA") continue;
    if (countryIn(city) && !before && previous) [street, city] = splitTownFromStreet(previous);
    [street, city] = moveStreetWords(street, city);
    if (country === "IN" && !/\b(india|bharat|nagar|road|floor|opp)\b/i.test(`${line} ${previous ?? ""}`)) continue;
    return {
      street,
      postal_code: hasRegion ? m[3] : m[2],
      city,
      region: hasRegion ? m[2] : null,
      country,
    };
  }
  return null;
}

const COUNTY = /shire$|^(middlesex|surrey|kent|essex|berkshire|sussex|east sussex|west sussex|greater london|greater manchester|merseyside|west midlands|cornwall|devon|dorset|norfolk|suffolk|cumbria|county \w+)$/i;

// "Devonshire House, 582 Honeypot Lane, Stanmore, Middlesex" above "United Kingdom, HA7 1JS".
function splitTownFromStreet(line: string): [string | null, string] {
  const parts = line.split(/,\s*/).filter((p) => !COUNTY.test(p));
  const town = parts.pop() ?? "";
  return [parts.length ? parts.join(", ") : null, town];
}

// "2-6 Kingsway Cronulla NSW 2230": the city pattern swallows the street name's last word.
function moveStreetWords(street: string | null, city: string): [string | null, string] {
  const words = city.split(" ");
  let moved = 0;
  while (moved < words.length - 1 && STREET_WORD.test(words[moved])) moved++;
  if (!moved) return [street, city];
  const tail = words.slice(0, moved).join(" ");
  return [street ? `${street} ${tail}` : tail, words.slice(moved).join(" ")];
}

function lastPart(text: string): string {
  return text.split(/,\s*/).pop() ?? "";
}

function pickStreet(text: string): string | null {
  const candidate = text.replace(/^.*?(?:adresse|address|anschrift|sitz|standort|office|büro)\s*:?\s*/i, "").replace(/^[^\p{L}\d#]+/u, "").trim();
  if (!candidate || candidate.length > 90 || /tel|fax|@|www\.|http/i.test(candidate)) return null;
  if (!/\d/.test(candidate) && !/box|unit|store|house/i.test(candidate)) return null;
  return STREET.test(candidate) || STREET_WORD.test(candidate) ? candidate.replace(/,$/, "") : null;
}

function cleanCity(city: string): string {
  return city.replace(/\s+(?:und|and|et|bei)\s.*$/i, "").replace(/[\s,.\-–]+$/, "").trim();
}

function prefixCountry(prefix: string | undefined): string | null {
  const map: Record<string, string> = { D: "DE", DE: "DE", A: "AT", AT: "AT", CH: "CH", F: "FR", FR: "FR", NL: "NL", B: "BE", E: "ES", I: "IT", IT: "IT", L: "LU" };
  return prefix ? map[prefix] ?? null : null;
}

export function countryIn(text: string): string | null {
  for (const [pattern, code] of COUNTRY_WORD) if (pattern.test(text)) return code;
  return null;
}
