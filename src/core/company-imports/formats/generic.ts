import { buildImportRecord, type RawCompanyFields } from "../build-record.ts";
import type { FormatReader, ReadRow, ReaderOptions } from "../import-record.ts";
import { readCsvRows } from "./csv-rows.ts";

/** The generic CSV header; every column is optional except name or website. */
export const GENERIC_COLUMNS = ["source_id", "name", "website", "street", "postal_code", "city", "country", "register_court", "register_number", "vat_id", "industry_codes", "description"] as const;

function fieldsOf(row: Record<string, unknown>): RawCompanyFields {
  const text = (key: string) => (row[key] === undefined || row[key] === null ? null : String(row[key]));
  const codes = row.industry_codes;
  return {
    sourceId: text("source_id"),
    name: text("name"),
    website: text("website"),
    street: text("street"),
    postalCode: text("postal_code"),
    city: text("city"),
    country: text("country"),
    registerCourt: text("register_court"),
    registerNumber: text("register_number"),
    vatId: text("vat_id"),
    naceCodes: Array.isArray(codes) ? codes.map(String) : typeof codes === "string" ? codes.split(";") : [],
    description: text("description"),
  };
}

/** `generic` as CSV: the header names the columns, in any order; unknown columns are ignored. */
export const readGenericCsv: FormatReader = async function* (input, options) {
  for await (const item of readCsvRows(input)) {
    yield "error" in item ? item : toRow(item.line, fieldsOf(item.columns), options);
  }
};

/** `generic` as NDJSON: one JSON object per line with the same field names (industry_codes may be an array). */
export const readGenericNdjson: FormatReader = async function* (input, options) {
  let line = 0;
  for await (const text of readLines(input)) {
    line += 1;
    if (!text.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      yield { line, error: "not a JSON object" };
      continue;
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) yield { line, error: "not a JSON object" };
    else yield toRow(line, fieldsOf(parsed as Record<string, unknown>), options);
  }
};

function toRow(line: number, fields: RawCompanyFields, options: ReaderOptions): ReadRow {
  const built = buildImportRecord(fields, options);
  return "error" in built ? { line, error: built.error } : { line, record: built.record };
}

async function* readLines(input: AsyncIterable<Buffer | string>): AsyncIterable<string> {
  const decoder = new TextDecoder("utf-8");
  let rest = "";
  for await (const chunk of input) {
    rest += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    const lines = rest.split("\n");
    rest = lines.pop()!;
    for (const line of lines) yield line.replace(/\r$/, "");
  }
  rest += decoder.decode();
  if (rest) yield rest;
}
