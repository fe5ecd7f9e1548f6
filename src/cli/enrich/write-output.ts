import { writeFile } from "node:fs/promises";
import { stringify } from "csv-stringify/sync";
import { parseCsvText } from "../../core/company-csv/parse-csv-text.ts";
import type { EnrichInput } from "./read-input.ts";
import { rowKey } from "./read-input.ts";

// Result columns that only repeat the input (the user's own columns are written as they were).
const REPEATED = new Set(["source_id", "input_company_name", "input_website_url", "input_city", "input_country"]);

/**
 * The user's file with the results appended: every input row in its order, then the company and
 * prospect columns of the order's CSV results (joined by row number), in the input's own separator.
 */
export async function writeEnrichedCsv(path: string, input: EnrichInput, resultsCsv: string): Promise<{ rows: number }> {
  const results = parseCsvText(resultsCsv);
  const resultColumns = results.headers.filter((h) => !REPEATED.has(h));
  const taken = new Set(input.headers);
  const outputNames = resultColumns.map((h) => (taken.has(h) ? `enriched_${h}` : h));
  const bySource = new Map(results.records.map((r) => [r.source_id, r]));
  const rows = input.records.map((record, index) => {
    const key = rowKey(index);
    const result = bySource.get(key);
    const own = input.headers.map((h) => record[h] ?? "");
    if (!result) {
      const status = input.unusable.has(key) ? "INVALID" : "MISSING";
      const reason = input.unusable.has(key) ? "Neither a company name nor a website in this row" : "No result for this row";
      return [...own, ...resultColumns.map((h) => (h === "status" ? status : h === "reason" ? reason : ""))];
    }
    return [...own, ...resultColumns.map((h) => result[h] ?? "")];
  });
  await writeFile(path, stringify([[...input.headers, ...outputNames], ...rows], { delimiter: input.delimiter }));
  return { rows: rows.length };
}
