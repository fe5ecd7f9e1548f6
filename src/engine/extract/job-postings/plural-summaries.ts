import type { TitleCandidate } from "./title-candidates.ts";

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 3);

/**
 * A line naming in the plural the positions that the page lists one by one ("Machinists & Operators —
 * Leeds" above "Machinist" and "Operator" cards) is a tagline summarising them, not a further opening.
 * It must cover at least two other accepted titles.
 */
export function dropPluralSummaries(accepted: TitleCandidate[]): TitleCandidate[] {
  return accepted.filter((c) => {
    const plurals = words(c.title).filter((w) => w.endsWith("s")).map((w) => w.slice(0, -1));
    if (!plurals.length) return true;
    const covered = accepted.filter((other) => other !== c && words(other.title).some((w) => plurals.includes(w)));
    return covered.length < 2;
  });
}
