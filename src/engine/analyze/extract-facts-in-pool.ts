import type { AnalysisPool } from "./analysis-pool.ts";
import type { SiteFacts, SiteFactsInput } from "./site-facts.ts";

export interface SkippedPage {
  url: string;
  reason: string;
}

export type PooledFacts = { ok: true; facts: SiteFacts; skippedPages: SkippedPage[]; errors: string[] } | { ok: false; reason: string };

/**
 * A site's facts under the pool's budgets. When the whole site overruns, each page is tried alone
 * (all of them together within one more site budget); pages that overrun are left out with their
 * reason and the rest is analysed together. So the work is at most three site budgets; the pool
 * counts each budget from the hand-over, so a replacement thread's start-up is not part of it.
 */
export async function extractFactsInPool(pool: AnalysisPool, input: SiteFactsInput): Promise<PooledFacts> {
  const whole = await pool.siteFacts(input);
  if (whole.ok) return { ok: true, facts: whole.value.facts, skippedPages: [], errors: whole.value.errors };
  if (input.pages.length <= 1) return { ok: false, reason: whole.reason };
  const perPage = Math.min(pool.options.pageBudgetMs, Math.ceil(pool.options.siteBudgetMs / input.pages.length));
  const survivors: SiteFactsInput["pages"] = [];
  const skippedPages: SkippedPage[] = [];
  for (const page of input.pages) {
    const alone = await pool.siteFacts({ ...input, pages: [page] }, perPage);
    if (alone.ok) survivors.push(page);
    else skippedPages.push({ url: page.url, reason: alone.reason });
  }
  if (!survivors.length) return { ok: false, reason: whole.reason };
  const rest = await pool.siteFacts({ ...input, pages: survivors });
  return rest.ok ? { ok: true, facts: rest.value.facts, skippedPages, errors: rest.value.errors } : { ok: false, reason: rest.reason };
}
