/** One company as a dataset states it, before it is resolved to a company of the index. */
export interface ImportRecord {
  /** The dataset's own identifier for the row (company number, LEI, node/123); derived when a file has none. */
  sourceId: string;
  name: string | null;
  legalName: string | null;
  website: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  region: string | null;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string | null;
  registerCourt: string | null;
  registerNumber: string | null;
  vatId: string | null;
  /** NACE Rev. 2 codes, expanded with their division and section ("62.01" → "62.01", "62", "J"). */
  naceCodes: string[];
  description: string | null;
}

/** What a format reader yields per input row: a record, or the reason the row was rejected. */
export type ReadRow = { line: number; record: ImportRecord } | { line: number; error: string };

export interface ReaderOptions {
  /** Applied to rows that state no country. */
  defaultCountry: string | null;
}

export type FormatReader = (input: AsyncIterable<Buffer | string>, options: ReaderOptions) => AsyncIterable<ReadRow>;
