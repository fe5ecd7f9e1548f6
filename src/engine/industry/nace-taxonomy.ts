import { NACE_DIVISIONS, NACE_FINER_CODES, NACE_SECTIONS } from "./nace-divisions.ts";

/**
 * A NACE Rev. 2 code at any level: section letter ("M"), division ("69"), group ("69.2") or class
 * ("69.20"). Lexicon terms and ICP readings use the finest level that still says what is meant.
 */
export type NaceCode = string;

export interface NaceSection {
  code: string;
  label: string;
  divisions: string[];
}

export interface NaceDivision {
  code: string;
  section: string;
  label: string;
}

const SECTION_PATTERN = /^[A-U]$/;
const DIVISION_PATTERN = /^\d{2}$/;
const FINER_PATTERN = /^(\d{2})\.\d{1,2}$/;

/** Every section A–U with its divisions, in code order. */
export function naceSections(): NaceSection[] {
  return Object.entries(NACE_SECTIONS).map(([code, label]) => ({ code, label, divisions: divisionsOfSection(code) }));
}

/** Every division 01–99, in code order. */
export function naceDivisions(): NaceDivision[] {
  return Object.entries(NACE_DIVISIONS).map(([code, [section, label]]) => ({ code, section, label }));
}

export function divisionsOfSection(section: string): string[] {
  return Object.entries(NACE_DIVISIONS).filter(([, [s]]) => s === section).map(([code]) => code);
}

/** Whether the code names an existing section, division, or a finer code the taxonomy knows. */
export function isNaceCode(code: string): boolean {
  if (SECTION_PATTERN.test(code)) return true;
  if (DIVISION_PATTERN.test(code)) return code in NACE_DIVISIONS;
  return code in NACE_FINER_CODES;
}

/** The two-digit division a code belongs to; null for a section letter or an unknown code. */
export function divisionOf(code: NaceCode): string | null {
  if (DIVISION_PATTERN.test(code)) return code in NACE_DIVISIONS ? code : null;
  const finer = FINER_PATTERN.exec(code);
  return finer && finer[1] in NACE_DIVISIONS ? finer[1] : null;
}

/** The section letter of any code; null when the code is unknown. */
export function sectionOf(code: NaceCode): string | null {
  if (SECTION_PATTERN.test(code)) return code;
  const division = divisionOf(code);
  return division ? NACE_DIVISIONS[division][0] : null;
}

/** The English title of any known code; null when unknown. */
export function naceLabel(code: NaceCode): string | null {
  if (SECTION_PATTERN.test(code)) return NACE_SECTIONS[code] ?? null;
  if (DIVISION_PATTERN.test(code)) return NACE_DIVISIONS[code]?.[1] ?? null;
  return NACE_FINER_CODES[code] ?? null;
}

/** Whether `code` lies inside `scope` (a section, division or group): "69.20" is within "69" and "M". */
export function isWithinNace(code: NaceCode, scope: NaceCode): boolean {
  if (SECTION_PATTERN.test(scope)) return sectionOf(code) === scope;
  if (code === scope) return true;
  return code.startsWith(scope) && (code[scope.length] === "." || /^\d{2}\.\d$/.test(scope));
}
