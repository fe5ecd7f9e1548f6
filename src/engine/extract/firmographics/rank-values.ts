import type { Observation, Provenance } from "../../types.ts";

export interface RankedValue<T> {
  value: T;
  score: number;
  count: number;
  pages: number;
  observations: Observation[];
}

/**
 * Groups one field's observations by a normalised key and ranks them: the strongest single piece
 * of evidence decides, repetition on further pages only breaks near-ties.
 */
export function rankValues<T>(
  observations: Observation[],
  field: string,
  key: (value: T) => string = (v) => String(v).toLowerCase(),
): Array<RankedValue<T>> {
  const groups = new Map<string, RankedValue<T>>();
  for (const obs of observations) {
    if (obs.field !== field || obs.value === null || obs.value === undefined) continue;
    const k = key(obs.value as T);
    if (!k) continue;
    const group = groups.get(k) ?? { value: obs.value as T, score: 0, count: 0, pages: 0, observations: [] };
    if (obs.confidence > Math.max(...group.observations.map((o) => o.confidence), -1)) group.value = obs.value as T;
    group.observations.push(obs);
    groups.set(k, group);
  }
  for (const group of groups.values()) {
    group.count = group.observations.length;
    group.pages = new Set(group.observations.map((o) => o.sourceUrl)).size;
    const best = Math.max(...group.observations.map((o) => o.confidence));
    group.score = best + Math.min(group.pages - 1, 4) * 0.01;
  }
  return [...groups.values()].sort((a, b) => b.score - a.score);
}

/** The single strongest observation behind a ranked value: the source the value is reported with. */
export function strongestOf(observations: readonly Observation[]): Provenance | null {
  let top: Observation | null = null;
  for (const o of observations) if (!top || o.confidence > top.confidence) top = o;
  return top ? { sourceUrl: top.sourceUrl, method: top.method, confidence: top.confidence } : null;
}

/** The winning value of one field with the observation it was taken from. */
export function bestWithSource<T>(observations: Observation[], field: string, key?: (value: T) => string): { value: T; source: Provenance } | null {
  const top = rankValues<T>(observations, field, key)[0];
  const source = top ? strongestOf(top.observations) : null;
  return top && source ? { value: top.value, source } : null;
}

export function best<T>(observations: Observation[], field: string, key?: (value: T) => string): T | null {
  return rankValues<T>(observations, field, key)[0]?.value ?? null;
}
