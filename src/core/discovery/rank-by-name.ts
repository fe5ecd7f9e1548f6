import { findIndustryTerms } from "../../engine/industry/industry-lexicon.ts";
import { isWithinNace, type NaceCode } from "../../engine/industry/nace-taxonomy.ts";

// Trade words at least this strong in a name say what the company does ("Metallbau", "Solicitors");
// weaker ones ("Group", "Service") say little.
const NAME_WORD_WEIGHT = 1;
// Bounded work per candidate: names and descriptions are untrusted and only their start is read.
const MAX_TEXT = 300;

interface Named {
  name: string | null;
  legal_name?: string | null;
  description?: string | null;
}

/**
 * Orders candidates for the crawl budget when the index states no industry: those whose name or
 * description uses a word of a target industry first, then those whose words say nothing, and last
 * those whose words name only other industries ("Autohaus", "Weingut" for a software profile). A name
 * is a hint, never a verdict — every candidate stays a candidate and is qualified only by its crawl.
 * Stable: the pre-filter's order is kept within each group.
 */
export function rankByName<T extends Named>(rows: T[], include: NaceCode[]): T[] {
  if (!include.length) return rows;
  const rank = (row: T): number => {
    const text = [row.name, row.legal_name, row.description].filter(Boolean).join(". ").slice(0, MAX_TEXT);
    const codes = findIndustryTerms(text).filter((hit) => hit.weight >= NAME_WORD_WEIGHT).map((hit) => hit.code);
    if (!codes.length) return 1;
    return codes.some((code) => include.some((scope) => isWithinNace(code, scope) || isWithinNace(scope, code))) ? 0 : 2;
  };
  return rows.map((row, index) => ({ row, index, rank: rank(row) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map((entry) => entry.row);
}
