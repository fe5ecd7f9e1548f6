import type { Observation, ObservationMethod } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";

/** How much a statement on a page of this kind is trusted, before the method adjusts it. */
const KIND_WEIGHT = { imprint: 0.9, contact: 0.75, home: 0.65, other: 0.5, team: 0.4, privacy: 0.35 } as const;

export function pageWeight(doc: ParsedPage): number {
  return KIND_WEIGHT[doc.kind];
}

export function observation(
  field: string,
  value: unknown,
  doc: ParsedPage,
  method: ObservationMethod,
  confidence: number,
): Observation {
  return { field, value, sourceUrl: doc.url, method, confidence: Math.max(0, Math.min(1, confidence)) };
}
