import type { ImportFormat } from "../../../db/types.ts";
import type { FormatReader } from "../import-record.ts";
import { readCompaniesHouse } from "./companies-house.ts";
import { readGenericCsv, readGenericNdjson } from "./generic.ts";
import { readGleif } from "./gleif.ts";
import { readOsm } from "./osm.ts";

export const CSV = "text/csv";
export const NDJSON = "application/x-ndjson";
export const JSON_TYPE = "application/json";

/** Which body types each format is read from; the first is what a file of that format usually is. */
export const FORMAT_CONTENT_TYPES: Record<ImportFormat, string[]> = {
  generic: [CSV, NDJSON],
  companies_house: [CSV],
  gleif: [CSV],
  osm: [JSON_TYPE],
};

export function readerFor(format: ImportFormat, contentType: string): FormatReader {
  if (format === "generic") return contentType === NDJSON ? readGenericNdjson : readGenericCsv;
  if (format === "companies_house") return readCompaniesHouse;
  if (format === "gleif") return readGleif;
  return readOsm;
}
