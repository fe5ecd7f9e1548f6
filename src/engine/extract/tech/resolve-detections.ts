import type { TechEvidence } from "../../types.ts";
import type { FingerprintSet } from "./fingerprint-types.ts";
import type { PatternHit } from "./pattern-hit.ts";
import { pickVersion } from "./resolve-version.ts";
import { reachDiscount } from "./weigh-evidence-reach.ts";

export interface ResolvedTechnology {
  name: string;
  confidence: number;
  version: string;
  evidence: TechEvidence[];
}

const MAX_EVIDENCE = 8;

/** Wappalyzer's resolution: sum confidence per technology over its distinct patterns (capped at 100),
 *  discount evidence of narrow reach, keep the best version, drop what a detected technology
 *  `excludes`, then add what detected technologies `imply`. */
export function resolveDetections(hits: PatternHit[], set: FingerprintSet, isSiteLevelPage: (url: string) => boolean = () => true): Map<string, ResolvedTechnology> {
  const resolved = new Map<string, ResolvedTechnology>();
  for (const [name, group] of groupByTechnology(hits)) {
    const entry: ResolvedTechnology = { name, confidence: summedConfidence(group), version: "", evidence: [] };
    entry.confidence = Math.round(entry.confidence * reachDiscount(group, isSiteLevelPage));
    for (const hit of group) {
      entry.version = pickVersion(entry.version, hit.version);
      const seen = entry.evidence.some((e) => e.type === hit.evidence.type && e.value === hit.evidence.value);
      if (!seen && entry.evidence.length < MAX_EVIDENCE) entry.evidence.push(hit.evidence);
    }
    resolved.set(name, entry);
  }
  applyExcludes(resolved, set);
  applyImplies(resolved, set);
  return resolved;
}

function groupByTechnology(hits: PatternHit[]): Map<string, PatternHit[]> {
  const groups = new Map<string, PatternHit[]>();
  for (const hit of hits) groups.set(hit.technology, [...(groups.get(hit.technology) ?? []), hit]);
  return groups;
}

/** Each distinct pattern counts once (at its best), so a weak pattern repeated in a site-wide footer
 *  stays weak, while two different weak signals add up. */
function summedConfidence(hits: PatternHit[]): number {
  const best = new Map<string, number>();
  for (const hit of hits) best.set(hit.pattern, Math.max(best.get(hit.pattern) ?? 0, hit.confidence));
  return Math.min(100, [...best.values()].reduce((sum, c) => sum + c, 0));
}

function applyExcludes(resolved: Map<string, ResolvedTechnology>, set: FingerprintSet): void {
  for (const name of [...resolved.keys()]) {
    if (!resolved.has(name)) continue;
    for (const excluded of set.technologies.get(name)?.excludes ?? []) resolved.delete(excluded.name);
  }
}

function applyImplies(resolved: Map<string, ResolvedTechnology>, set: FingerprintSet): void {
  const queue = [...resolved.values()];
  while (queue.length > 0) {
    const implier = queue.shift() as ResolvedTechnology;
    for (const implied of set.technologies.get(implier.name)?.implies ?? []) {
      // An implied name the set does not define is a fingerprint-data bug: ignore it, never throw.
      if (resolved.has(implied.name) || !set.technologies.has(implied.name)) continue;
      const entry: ResolvedTechnology = {
        name: implied.name,
        confidence: Math.min(implier.confidence, implied.confidence),
        version: implied.version,
        evidence: [{ type: "implied", value: implier.name, url: implier.evidence[0]?.url ?? "" }],
      };
      resolved.set(implied.name, entry);
      queue.push(entry);
    }
  }
}
