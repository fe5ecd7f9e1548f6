import { findIndustryTermsInWords } from "./industry-lexicon.ts";
import type { NaceCode } from "./nace-taxonomy.ts";
import { splitIcpClauses } from "./icp-clauses.ts";
import { expandElidedCompounds, findCoordinatedTerms } from "./icp-coordination.ts";

export interface IcpIndustryMatch {
  /** The buyer's words as written. */
  term: string;
  code: NaceCode;
  excluded: boolean;
}

export interface IcpIndustries {
  include: NaceCode[];
  exclude: NaceCode[];
  matched: IcpIndustryMatch[];
}

export interface ReadIndustriesOptions {
  /**
   * Lowest term weight that counts. Free profile text also describes the seller ("our software"), so
   * only words that clearly name an industry count there (default 1.5); a list of industries the buyer
   * typed into a field may use weaker words (0.5).
   */
  minWeight?: number;
}

/**
 * Reads target and excluded industries from a buyer's words in any lexicon language:
 * "Steuerberater und Zahnärzte, keine Kliniken" → include 69.20, 86.23; exclude 86.
 */
export function readIcpIndustries(text: string, options: ReadIndustriesOptions = {}): IcpIndustries {
  const minWeight = options.minWeight ?? 1.5;
  const matched: IcpIndustryMatch[] = [];
  for (const clause of splitIcpClauses(expandElidedCompounds(text))) {
    for (const hit of [...findIndustryTermsInWords(clause.folded), ...findCoordinatedTerms(clause.folded)]) {
      // Sector words ("Baugewerbe", "healthcare") always count: naming a whole branch is what they do.
      // A negated word is always about the target, never the seller, so weaker words count there.
      const negated = clause.negated[hit.position];
      const floor = negated ? Math.min(1, minWeight) : minWeight;
      if (hit.weight < floor && !(hit.kind === "sector" && hit.weight >= 0.5)) continue;
      const term = "phrase" in hit ? String(hit.phrase) : clause.words.slice(hit.position, hit.position + hit.matched.split(" ").length).join(" ");
      matched.push({ term, code: hit.code, excluded: negated });
    }
  }
  return summarize(matched);
}

/** Merges readings, e.g. of a profile's free text and of its industry lists. */
export function mergeIcpIndustries(...readings: IcpIndustries[]): IcpIndustries {
  return summarize(readings.flatMap((reading) => reading.matched));
}

function summarize(matched: IcpIndustryMatch[]): IcpIndustries {
  const exclude = unique(matched.filter((m) => m.excluded).map((m) => m.code));
  const include = unique(matched.filter((m) => !m.excluded).map((m) => m.code)).filter((code) => !exclude.includes(code));
  return { include, exclude, matched: uniqueMatches(matched) };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function uniqueMatches(matched: IcpIndustryMatch[]): IcpIndustryMatch[] {
  const seen = new Set<string>();
  return matched.filter((m) => {
    const key = `${m.term.toLowerCase()}|${m.code}|${m.excluded}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
