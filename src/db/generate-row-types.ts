import { generate, PostgresDialect as CodegenDialect } from "kysely-codegen";
import { Kysely, PostgresDialect, sql } from "kysely";
import type pg from "pg";
import { COLUMN_OVERRIDES, CUSTOM_IMPORTS, TYPE_MAPPING } from "./row-type-overrides.ts";

// Row types are generated from a migrated database (`npm run db:types`), so they cannot drift from
// the migrations; test/platform/row-types.test.ts regenerates them and compares with the committed file.

type CodegenOptions = Parameters<typeof generate>[0];

interface ColumnFacts {
  table: string;
  column: string;
  not_null: boolean;
  has_default: boolean;
}

/** The TypeScript source of generated-tables.ts for the database behind `pool` (already migrated). */
export async function generateRowTypes(pool: pg.Pool): Promise<string> {
  const db = new Kysely<Record<string, never>>({ dialect: new PostgresDialect({ pool }) });
  const columns = { ...(await jsonColumnTypes(db)), ...(await checkedColumnUnions(db)), ...COLUMN_OVERRIDES };
  return generate({
    // kysely-codegen is CommonJS and sees kysely's CommonJS declarations: the same class, typed twice.
    db: db as unknown as CodegenOptions["db"],
    dialect: new CodegenDialect(),
    includePattern: "public.*",
    excludePattern: "public.schema_migrations",
    typeMapping: TYPE_MAPPING,
    customImports: CUSTOM_IMPORTS,
    overrides: { columns },
    print: false,
    outFile: null,
    logger: undefined,
  });
}

// jsonb is read as unknown and written as JSON text; which text type depends on NULL and DEFAULT.
async function jsonColumnTypes(db: Kysely<Record<string, never>>): Promise<Record<string, string>> {
  const { rows } = await sql<ColumnFacts>`
    SELECT c.relname AS table, a.attname AS column, a.attnotnull AS not_null, a.atthasdef AS has_default
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid = 'jsonb'::regtype
    ORDER BY 1, 2`.execute(db);
  const type = (c: ColumnFacts) => (!c.not_null ? "NullableJsonText" : c.has_default ? "DefaultedJsonText" : "JsonText");
  return Object.fromEntries(rows.map((c) => [`${c.table}.${c.column}`, type(c)]));
}

// A text column whose only CHECK is `col IN ('a', 'b')` (or `col IS NULL OR col IN (…)`) is that union.
async function checkedColumnUnions(db: Kysely<Record<string, never>>): Promise<Record<string, string>> {
  const { rows } = await sql<ColumnFacts & { definition: string }>`
    SELECT c.relname AS table, a.attname AS column, a.attnotnull AS not_null, a.atthasdef AS has_default,
      pg_get_constraintdef(k.oid) AS definition
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
    WHERE n.nspname = 'public' AND k.contype = 'c' AND cardinality(k.conkey) = 1 AND a.atttypid = 'text'::regtype
    ORDER BY 1, 2`.execute(db);
  const unions: Record<string, string> = {};
  for (const row of rows) {
    const values = allowedValues(row.column, row.definition);
    if (!values) continue;
    const union = [...values.map((v) => JSON.stringify(v)), ...(row.not_null ? [] : ["null"])].join(" | ");
    unions[`${row.table}.${row.column}`] = row.has_default ? `Generated<${union}>` : union;
  }
  return unions;
}

const TEXT_LITERAL = /'((?:[^']|'')*)'::text/g;

/** The literals of `CHECK (col = ANY (ARRAY['a'::text, …]))` or `CHECK (col = 'a'::text)`; null for any other check. */
export function allowedValues(column: string, definition: string): string[] | null {
  const skeleton = definition.replace(TEXT_LITERAL, "L").replace(/[\s()]/g, "");
  // Column names are plain identifiers, so they need no escaping in the pattern.
  const shape = new RegExp(String.raw`^CHECK(?:${column}ISNULLOR)?${column}(?:=ANYARRAY\[L(?:,L)*\]|=L)$`);
  if (!shape.test(skeleton)) return null;
  return [...definition.matchAll(TEXT_LITERAL)].map((m) => m[1].replace(/''/g, "'"));
}
