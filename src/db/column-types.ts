import type { ColumnType } from "kysely";

// Column types the generated row types (generated-tables.ts) are given by row-type-overrides.ts.
// jsonb: read as unknown, written as JSON text (pg would send a JS array as a PostgreSQL array).
export type JsonText = ColumnType<unknown, string, string>;
export type NullableJsonText = ColumnType<unknown, string | null | undefined, string | null>;
export type DefaultedJsonText = ColumnType<unknown, string | undefined, string>;
