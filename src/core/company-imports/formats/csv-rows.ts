import { parse } from "csv-parse";
import { Readable } from "node:stream";

export interface CsvRow {
  line: number;
  columns: Record<string, string>;
}
export type CsvItem = CsvRow | { line: number; error: string };

/**
 * Streams a CSV with a header line as records keyed by the (trimmed) header names; a malformed row
 * becomes an error item with its line number instead of ending the import.
 */
export async function* readCsvRows(input: AsyncIterable<Buffer | string>): AsyncIterable<CsvItem> {
  const parser = parse({
    bom: true,
    columns: (header: string[]) => header.map((name) => name.trim()),
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
  });
  const skipped: { line: number; error: string }[] = [];
  parser.on("skip", (error: Error & { lines?: number }) => skipped.push({ line: error.lines ?? 0, error: `malformed CSV: ${error.message}` }));
  Readable.from(input).on("error", (error) => parser.destroy(error)).pipe(parser);
  for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    while (skipped.length) yield skipped.shift()!;
    yield { line: item.info.lines, columns: item.record };
  }
  while (skipped.length) yield skipped.shift()!;
}
