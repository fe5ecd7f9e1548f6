// NACE Rev. 2 sections by their first and last division: the statistical classification's own ranges.
const SECTION_RANGES: [string, number, number][] = [
  ["A", 1, 3], ["B", 5, 9], ["C", 10, 33], ["D", 35, 35], ["E", 36, 39], ["F", 41, 43], ["G", 45, 47],
  ["H", 49, 53], ["I", 55, 56], ["J", 58, 63], ["K", 64, 66], ["L", 68, 68], ["M", 69, 75], ["N", 77, 82],
  ["O", 84, 84], ["P", 85, 85], ["Q", 86, 88], ["R", 90, 93], ["S", 94, 96], ["T", 97, 98], ["U", 99, 99],
];

export function naceSectionOfDivision(division: number): string | null {
  return SECTION_RANGES.find(([, first, last]) => division >= first && division <= last)?.[0] ?? null;
}

/**
 * A NACE code as datasets write it ("62.01", "6201", "62.0", "62", "J") in canonical form, or null
 * when it is not one. Four digits without a dot are a class (UK SIC 2007 and NACE share them).
 */
export function canonicalNaceCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (/^[A-U]$/.test(code)) return code;
  const match = /^(\d{2})(?:\.?(\d{1,2}))?$/.exec(code);
  if (!match || !naceSectionOfDivision(Number(match[1]))) return null;
  return match[2] ? `${match[1]}.${match[2]}` : match[1]!;
}

/** The codes with their divisions and sections, so a pre-filter on any level is one array overlap. */
export function expandNaceCodes(codes: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const code of codes) {
    all.add(code);
    if (/^\d{2}/.test(code)) {
      all.add(code.slice(0, 2));
      all.add(naceSectionOfDivision(Number(code.slice(0, 2)))!);
    }
  }
  return [...all].sort();
}
