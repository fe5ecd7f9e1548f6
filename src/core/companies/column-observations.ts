import type { Observation, SiteExtraction } from "../../engine/types.ts";
import { wantsFeature } from "./features.ts";
import { COLUMN_FIELDS, rawFieldFamily, type ColumnField } from "./column-fields.ts";
import { foldText } from "./fold-text.ts";

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

// A resolved value with no matching raw evidence still came from the site, but we cannot say how strongly.
const UNSUPPORTED_CONFIDENCE = 0.5;

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

function resolvedObservation(field: ColumnField, extraction: SiteExtraction, websiteUrl: string): ObservationInput | null {
  const value = field.fromFacts(extraction.company);
  if (value === null || value === undefined || value === "") return null;
  const support = strongestSupport(field, value, extraction.observations);
  return {
    field: field.column,
    value,
    sourceUrl: support?.sourceUrl ?? websiteUrl,
    method: support?.method ?? "resolved",
    confidence: support?.confidence ?? UNSUPPORTED_CONFIDENCE,
  };
}

/** The raw observation with the highest confidence that supports exactly this value. */
function strongestSupport(field: ColumnField, value: unknown, raw: Observation[]): Observation | null {
  const candidates = raw.filter((o) => field.rawFields.includes(o.field) && supports(o.value, value));
  return candidates.sort((a, b) => b.confidence - a.confidence)[0] ?? null;
}

// Lists (social links, keywords) are supported by any of their items; objects (addresses) by any property;
// a resolved object (an industry) by an observed object that agrees on every key it states.
function supports(observed: unknown, value: unknown): boolean {
  if (Array.isArray(value)) return value.some((item) => supports(observed, item));
  if (isPlainObject(value)) return isPlainObject(observed) && Object.entries(observed).every(([key, item]) => supports(item, value[key]));
  if (Array.isArray(observed)) return observed.some((item) => supports(item, value));
  if (observed && typeof observed === "object") return Object.values(observed).some((item) => supports(item, value));
  if (observed === null || observed === undefined) return false;
  return foldText(String(observed)) === foldText(String(value));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value);
}
