import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";

export interface ParsedCsv {
  /** The separator found, so a file can be answered in its own dialect. */
  delimiter: string;
  headers: string[];
  records: Record<string, string>[];
}

/** UTF-8 unless the bytes are not valid UTF-8 (an older Excel export): then Windows-1252. */
export function decodeCsvBytes(bytes: Buffer, charset?: string): string {
  if (charset && iconv.encodingExists(charset)) return iconv.decode(bytes, charset);
  const text = bytes.toString("utf8");
  return text.includes("\uFFFD") ? iconv.decode(bytes, "windows-1252") : text;
}

/** The separator the header line uses most: German spreadsheets write ";", others "," or tabs. */
function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** A whole CSV text with a header line into records keyed by header; ragged rows are tolerated. */
export function parseCsvText(text: string): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const rows = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, relax_quotes: true }) as string[][];
  const [headerRow = [], ...body] = rows;
  const headers = headerRow.map((h) => h.trim());
  const records = body.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ""])));
  return { delimiter, headers, records };
}
