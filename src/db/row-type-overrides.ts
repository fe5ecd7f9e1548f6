// What the schema cannot say, given to kysely-codegen when it writes generated-tables.ts.
// Status unions need nothing here: they are read from each column's CHECK (… IN (…)) constraint.

/** Types the generated file imports from column-types.ts. */
export const CUSTOM_IMPORTS = { JsonText: "./column-types.ts", DefaultedJsonText: "./column-types.ts", NullableJsonText: "./column-types.ts" };

/**
 * How database types reach TypeScript with this project's pg type parsers (db/pool.ts): timestamps
 * and dates as strings, bigint and numeric as numbers.
 */
export const TYPE_MAPPING = { timestamptz: "string", date: "string", int8: "number", numeric: "number" };

/**
 * Per column. JSON is read as `unknown` (callers parse it with their own schema) and written as the
 * JSON text pg would otherwise turn into a PostgreSQL array; a company's world is fixed at creation.
 */
export const COLUMN_OVERRIDES: Record<string, string> = {
  "companies.test_mode": "ColumnType<boolean, boolean | undefined, never>",
  // Written only from company_imports.format (which has the CHECK) by core/company-imports/write-batch.ts.
  "company_source_records.format": '"generic" | "companies_house" | "gleif" | "osm"',
};
