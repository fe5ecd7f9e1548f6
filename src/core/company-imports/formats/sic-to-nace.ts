/**
 * UK SIC 2007 is NACE Rev. 2 with a fifth, national digit: the first four digits of a SIC code are
 * the NACE class. Companies House writes "62012 - Business and domestic software development";
 * 99999 (dormant company) and "None Supplied" say nothing about the industry.
 */
export function naceClassOfSicText(sicText: string | null | undefined): string | null {
  const match = /^\s*(\d{4})(\d)\b/.exec(sicText ?? "");
  if (!match || match[1] === "9999") return null;
  return `${match[1]!.slice(0, 2)}.${match[1]!.slice(2)}`;
}
