// Postal-code areas in a buyer's text: "PLZ 80–85", "PLZ-Gebiet 7", "postcodes starting with 8",
// "80xxx", "8****", "codes postaux 75 et 92", "postcode area SW1". Returns prefixes ("80", "7", "SW1").

const CUE = String.raw`(?:plz|postleitzahl\w*|postal\s*codes?|post\s*codes?|postcodes?|zip\s*codes?|zip|codes?\s*postaux|code\s*postal|postcodegebied\w*|c[oó]digos?\s*postal(?:es)?|cap|d[eé]partements?)`;
const LINK = String.raw`(?:[\s:.-]*(?:gebiet|gebiete|bereich|bereiche|area|areas|region|regions|prefix(?:es)?|starting\s+with|beginning\s+with|beginnend\s+mit|mit|commen[cç]ant\s+par|beginnend\s+met|que\s+empiezan\s+por|che\s+iniziano\s+con)?[\s:]*)`;
const ITEM = String.raw`(?:\d{1,5}[x*.…]*|[A-Z]{1,2}\d[A-Z\d]?)`;
const SEPARATOR = String.raw`(?:\s*(?:,|/|;|\+|&|und|and|or|oder|et|ou|en|of|y|o|e)\s*)`;
const CUED_LIST = new RegExp(String.raw`\b${CUE}${LINK}(${ITEM}(?:\s*[-–]\s*${ITEM}|${SEPARATOR}${ITEM})*)`, "giu");
// Without a cue only an unmistakable wildcard pattern counts (80xxx, 8****), never a bare number.
const WILDCARD = /\b(\d{1,4})(?:[x*]{1,4})\b/giu;

export function findPostalCodePrefixes(text: string): string[] {
  const prefixes: string[] = [];
  for (const match of text.matchAll(CUED_LIST)) prefixes.push(...expandList(match[1]));
  for (const match of text.matchAll(WILDCARD)) prefixes.push(match[1]);
  return [...new Set(prefixes)];
}

function expandList(list: string): string[] {
  const out: string[] = [];
  const ranges = list.split(new RegExp(SEPARATOR, "iu"));
  for (const part of ranges) {
    const [from, to] = part.split(/\s*[-–]\s*/).map(stripWildcard);
    if (from && to) out.push(...expandRange(from, to));
    else if (from) out.push(from);
  }
  return out;
}

function stripWildcard(item: string | undefined): string {
  return (item ?? "").replace(/[x*.…]+$/iu, "").toUpperCase();
}

// 80–85 → 80 … 85; 70000–79999 → 7. A range too wide to list is kept as its common prefix.
function expandRange(from: string, to: string): string[] {
  if (!/^\d+$/.test(from) || !/^\d+$/.test(to) || from.length !== to.length) return [from, to];
  const trimmed = trimFullRange(from, to);
  if (trimmed) return [trimmed];
  const start = Number(from);
  const end = Number(to);
  if (end < start || end - start > 20) return [commonPrefix(from, to)].filter(Boolean);
  return Array.from({ length: end - start + 1 }, (_, i) => String(start + i).padStart(from.length, "0"));
}

function trimFullRange(from: string, to: string): string | null {
  let length = from.length;
  while (length > 1 && from[length - 1] === "0" && to[length - 1] === "9") length--;
  if (length === from.length) return null;
  return from.slice(0, length) === to.slice(0, length) ? from.slice(0, length) : null;
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
