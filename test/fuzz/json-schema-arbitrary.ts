import fc from "fast-check";

/** The JSON Schema subset zod emits into openapi.json (OpenAPI 3.1 = JSON Schema 2020-12). */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
}

export interface SchemaContext {
  components: Record<string, JsonSchema>;
  /** Ids of objects that exist, so a valid-looking body can also reach the database. */
  knownIds: string[];
}

const MAX_SAMPLE_ITEMS = 3;
const MAX_SAMPLE_STRING = 40;

/**
 * Values that satisfy the schema in shape (types, enums, required keys, bounds); patterns are not
 * honoured, so some of them are still refused — the mutations are what the fuzzer is about.
 */
export function validValue(schema: JsonSchema, ctx: SchemaContext, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return validValue(resolveRef(schema.$ref, ctx), ctx, depth);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((variant) => validValue(variant, ctx, depth)));
  if (schema.allOf?.length) return validValue(Object.assign({}, ...schema.allOf), ctx, depth);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => validValue({ ...schema, type }, ctx, depth)));
  switch (types[0]) {
    case "string":
      return stringValue(schema, ctx);
    case "integer":
      return fc.integer({ min: clampInt(schema.minimum ?? -1000), max: clampInt(schema.maximum ?? 1_000_000) });
    case "number":
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return depth > 4
        ? fc.constant([])
        : fc.array(validValue(schema.items ?? {}, ctx, depth + 1), {
            minLength: schema.minItems ?? 0,
            maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? MAX_SAMPLE_ITEMS, MAX_SAMPLE_ITEMS)),
          });
    case "object":
      return objectValue(schema, ctx, depth);
    default:
      return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null));
  }
}

function objectValue(schema: JsonSchema, ctx: SchemaContext, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  if (depth > 4 || !Object.keys(properties).length) return fc.constant({});
  const model = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, validValue(property, ctx, depth + 1)]));
  return fc.record(model, { requiredKeys: (schema.required ?? []).filter((name) => name in properties) });
}

function stringValue(schema: JsonSchema, ctx: SchemaContext): fc.Arbitrary<string> {
  if (schema.format === "uuid") return ctx.knownIds.length ? fc.oneof(fc.constantFrom(...ctx.knownIds), fc.uuid()) : fc.uuid();
  if (schema.format === "date-time") return fc.date({ noInvalidDate: true, min: new Date("2000-01-01"), max: new Date("2100-01-01") }).map((d) => d.toISOString());
  if (schema.format === "email") return fc.emailAddress();
  if (schema.format === "uri" || schema.format === "url") return fc.webUrl();
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_SAMPLE_STRING, MAX_SAMPLE_STRING));
  return fc.oneof(fc.string({ minLength, maxLength }), fc.string({ unit: "grapheme", minLength, maxLength }), fc.webUrl().filter((u) => u.length >= minLength && u.length <= maxLength));
}

function resolveRef(ref: string, ctx: SchemaContext): JsonSchema {
  const name = ref.split("/").pop()!;
  const target = ctx.components[name];
  if (!target) throw new Error(`unresolvable $ref ${ref}`);
  return target;
}

function clampInt(value: number): number {
  return Math.max(Number.MIN_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, value));
}
