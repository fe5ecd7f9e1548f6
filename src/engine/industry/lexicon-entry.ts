import type { NaceCode } from "./nace-taxonomy.ts";

export const LEXICON_LANGUAGES = ["en", "de", "fr", "nl", "es", "it"] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

/**
 * One industry's vocabulary. Each language holds terms separated by `|`; a term may end in `:N` to
 * override the entry's weight. Weight 3 names the industry unmistakably (Steuerberater), 2 clearly
 * (Hausverwaltung), 1 suggests it (Buchhaltung), below 1 only tips a balance. Wildcards: see term-matcher.ts.
 */
export interface LexiconEntry extends Partial<Record<LexiconLanguage, string>> {
  code: NaceCode;
  weight: number;
  /**
   * `chamber`: a professional chamber or register a member must name (Steuerberaterkammer), the
   * strongest evidence an imprint gives. `sector`: words for a whole branch, used for buyers' profiles.
   */
  kind?: "chamber" | "sector";
}
