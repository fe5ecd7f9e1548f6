import type { SiteExtraction } from "../../engine/types.ts";
import { wantsFeature } from "./features.ts";
import { COLUMN_FIELDS, rawFieldFamily, type ColumnField } from "./column-fields.ts";

/** What gets stored in company_observations: a field, a value and the evidence for it. */
export interface ObservationInput {
  field: string;
  value: unknown;
  sourceUrl: string;
  method: string;
  confidence: number;
}

// Raw engine observations are kept under "raw." so they never compete with the resolved column
// values; the engine's own resolver already chose between them.
export const RAW_PREFIX = "raw.";

// A resolved value without a source still came from the site, but we cannot say how strongly.
const UNSOURCED_CONFIDENCE = 0.5;

/** Every observation one crawl contributes, limited to the families the order's features ask for. */
export function observationsOf(extraction: SiteExtraction, websiteUrl: string, features?: readonly string[]): ObservationInput[] {
  const columns = COLUMN_FIELDS.filter((field) => wantsFeature(features, field.family));
  const resolved = columns.flatMap((field) => resolvedObservation(field, extraction, websiteUrl) ?? []);
  const raw = extraction.observations
    .filter((o) => wantsFeature(features, rawFieldFamily(o.field)))
    .map((o) => ({ field: RAW_PREFIX + o.field, value: o.value, sourceUrl: o.sourceUrl, method: o.method, confidence: o.confidence }));
  const website = wantsFeature(features, "COMPANY_DATA")
    ? [{ field: "website", value: websiteUrl, sourceUrl: websiteUrl, method: "crawl", confidence: 1 }]
    : [];
  return [...resolved, ...raw, ...website];
}

// The engine hands every resolved fact over with the observation it was chosen from (CompanyFacts.sources);
// a fact without one (an extraction from before sources existed) is attributed to the site, weakly.
function resolvedObservation(field: ColumnField, extraction: SiteExtraction, websiteUrl: string): ObservationInput | null {
  const value = field.fromFacts(extraction.company);
  if (value === null || value === undefined || value === "") return null;
  const source = extraction.company.sources?.[field.fact];
  return {
    field: field.column,
    value,
    sourceUrl: source?.sourceUrl || websiteUrl,
    method: source?.method ?? "resolved",
    confidence: source?.confidence ?? UNSOURCED_CONFIDENCE,
  };
}
