import { z } from "zod";

export const IMPORT_FORMATS = ["generic", "companies_house", "gleif", "osm"] as const;

export const CreateImportQuerySchema = z.object({
  format: z.enum(IMPORT_FORMATS).describe("generic (CSV or NDJSON), companies_house (BasicCompanyData CSV), gleif (LEI golden copy CSV), osm (Overpass JSON)"),
  source: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,62}$/i, "letters, digits, '.', '_' and '-', at most 63")
    .describe("Name of the dataset (e.g. companies-house-2026-12); a row is identified by (source, source_id) across imports"),
  country: z.string().regex(/^[A-Za-z]{2}$/).transform((c) => c.toUpperCase()).optional().describe("ISO 3166-1 country for rows that state none"),
});
export type CreateImportQuery = z.infer<typeof CreateImportQuerySchema>;

export const ImportErrorSchema = z.object({ line: z.number().int().describe("Line of the file (for osm: position of the element)"), message: z.string() });

export const CompanyImportSchema = z.object({
  import_id: z.uuid(),
  source: z.string(),
  format: z.enum(IMPORT_FORMATS),
  status: z.enum(["PENDING", "RUNNING", "SUCCEEDED", "FAILED"]),
  rows_read: z.number().int(),
  rows_imported: z.number().int().describe("Rows seen for the first time from this source"),
  rows_updated: z.number().int().describe("Rows imported before from this source (refreshed)"),
  rows_rejected: z.number().int(),
  errors: z.array(ImportErrorSchema).describe("The first rejected rows with their reasons"),
  failure_reason: z.string().nullable(),
  created_at: z.string(),
  started_at: z.string().nullable(),
  finished_at: z.string().nullable(),
});
export type CompanyImport = z.infer<typeof CompanyImportSchema>;
