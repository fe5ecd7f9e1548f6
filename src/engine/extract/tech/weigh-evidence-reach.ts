import type { PatternHit } from "./pattern-hit.ts";

// Evidence of narrow reach halves a technology's confidence, so it stays in the output but falls
// below the reporting threshold unless stronger evidence exists elsewhere:
// - all of it on one page that is neither the home page nor a core page (see site-level-pages.ts);
// - all of it a library file inside some WordPress plugin's folder (part of that plugin).
export const NARROW_REACH_FACTOR = 0.5;

export function reachDiscount(hits: PatternHit[], isSiteLevelPage: (url: string) => boolean): number {
  let factor = 1;
  const pages = new Set(hits.map((hit) => hit.evidence.url));
  const [onlyPage] = pages;
  if (pages.size === 1 && !isSiteLevelPage(onlyPage)) factor *= NARROW_REACH_FACTOR;
  if (hits.every((hit) => hit.insidePlugin)) factor *= NARROW_REACH_FACTOR;
  return factor;
}
