import type { Page, TechDetection } from "../../types.ts";
import type { CompiledTechnology, FingerprintSet } from "./fingerprint-types.ts";
import { matchTechnologyOnPage } from "./match-page.ts";
import { matchSiteExtras, prepareSiteExtras, type SiteExtras, type SiteExtrasInput } from "./match-site-extras.ts";
import type { PatternHit } from "./pattern-hit.ts";
import { readPageSignals, type PageSignals } from "./page-signals.ts";
import { siteLevelPageTest } from "./site-level-pages.ts";
import { resolveDetections, type ResolvedTechnology } from "./resolve-detections.ts";

const MAX_REQUIREMENT_ROUNDS = 4;

/** Detects the technologies of one website from its pages (plus DNS/TLS/robots facts if known). */
export function detectTechnologies(pages: Page[], set: FingerprintSet, extras?: SiteExtras): TechDetection[] {
  const signals = pages.map(readPageSignals);
  const siteInput = prepareSiteExtras(extras, pages[0]?.url ?? "");
  const isSiteLevelPage = siteLevelPageTest(pages.map((page) => page.url));
  const all = [...set.technologies.values()];
  // `requires`/`requiresCategory` technologies are only tried once what they need is detected.
  let pending = all.filter((t) => t.requires.length > 0 || t.requiresCategory.length > 0);
  const conditional = new Set(pending);
  const hits = collectHits(all.filter((t) => !conditional.has(t)), signals, siteInput);
  let resolved = resolveDetections(hits, set, isSiteLevelPage);
  for (let round = 0; round < MAX_REQUIREMENT_ROUNDS && pending.length > 0; round += 1) {
    const ready = pending.filter((t) => requirementsMet(t, resolved, set));
    if (ready.length === 0) break;
    const tried = new Set(ready);
    pending = pending.filter((t) => !tried.has(t));
    hits.push(...collectHits(ready, signals, siteInput));
    resolved = resolveDetections(hits, set, isSiteLevelPage);
  }
  return [...resolved.values()].filter((r) => r.confidence > 0).map((r) => toDetection(r, set)).sort(byConfidenceThenName);
}

function collectHits(technologies: CompiledTechnology[], pages: PageSignals[], siteInput: SiteExtrasInput): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const page of pages) for (const technology of technologies) hits.push(...matchTechnologyOnPage(technology, page));
  for (const technology of technologies) hits.push(...matchSiteExtras(technology, siteInput));
  return hits;
}

function requirementsMet(t: CompiledTechnology, resolved: Map<string, ResolvedTechnology>, set: FingerprintSet): boolean {
  const detectedCategories = new Set(
    [...resolved.keys()].flatMap((name) => set.technologies.get(name)?.categoryIds ?? []),
  );
  return t.requires.every((r) => resolved.has(r.name)) && t.requiresCategory.every((id) => detectedCategories.has(id));
}

function toDetection(r: ResolvedTechnology, set: FingerprintSet): TechDetection {
  const technology = set.technologies.get(r.name) as CompiledTechnology;
  return {
    name: r.name,
    slug: technology.slug,
    categories: technology.categoryIds.map((id) => set.categories.get(id)?.name ?? String(id)),
    version: r.version || null,
    confidence: r.confidence,
    evidence: r.evidence,
  };
}

function byConfidenceThenName(a: TechDetection, b: TechDetection): number {
  return b.confidence - a.confidence || a.name.localeCompare(b.name);
}
