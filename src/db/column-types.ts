import type { ColumnType } from "kysely";

// Column types shared by the table row types. Timestamps are parsed to ISO strings by db/pool.ts.
export type Timestamp = ColumnType<string, string | undefined, string>;
export type NullableTimestamp = ColumnType<string | null, string | null | undefined, string | null>;
export type Json = ColumnType<unknown, string | undefined, string>;
export type Numeric = ColumnType<number | null, number | null | undefined, number | null>;

