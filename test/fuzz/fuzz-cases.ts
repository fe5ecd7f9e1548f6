import fc from "fast-check";
import { HOSTILE_PATH_IDS, hostileString, hostileValue } from "./hostile-values.ts";
import { validValue, type JsonSchema, type SchemaContext } from "./json-schema-arbitrary.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface FuzzOperation {
  method: Method;
  /** OpenAPI path template, e.g. /api/v1/blacklists/{id} */
  path: string;
  auth: "none" | "api_key" | "admin";
  pathParams: string[];
  queryParams: { name: string; schema: JsonSchema; required: boolean }[];
  body: JsonSchema | null;
}

export interface FuzzCase {
  url: string;
  /** Raw JSON text, or undefined for no body. */
  payload: string | undefined;
}

interface OpenApiOperation {
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** Every operation of the document, with what the fuzzer needs to build requests for it. */
export function fuzzOperations(document: { paths: Record<string, Record<string, OpenApiOperation>> }): FuzzOperation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const security = operation.security?.[0];
      const parameters = operation.parameters ?? [];
      return {
        method: method.toUpperCase() as Method,
        path,
        auth: !security ? "none" : "adminKey" in security ? "admin" : "api_key",
        pathParams: parameters.filter((p) => p.in === "path").map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === "query").map((p) => ({ name: p.name, schema: p.schema, required: Boolean(p.required) })),
        body: operation.requestBody?.content?.["application/json"]?.schema ?? null,
      } satisfies FuzzOperation;
    }),
  );
}

/**
 * One request per draw: path ids (ours / random / hostile), query values (valid / hostile / repeated
 * / unknown) and a body that is a valid-looking value with one to three hostile mutations.
 */
export function fuzzCase(operation: FuzzOperation, ctx: SchemaContext, realIdFor: (path: string, param: string) => string | null): fc.Arbitrary<FuzzCase> {
  const pathIds = fc.tuple(...operation.pathParams.map((param) => pathId(realIdFor(operation.path, param))));
  const query = fc.tuple(...operation.queryParams.map((param) => queryValue(param, ctx)), fc.option(fc.tuple(fc.constantFrom("unexpected", "search", "limit"), hostileString)));
  const body = operation.body ? bodyText(operation.body, ctx) : fc.constant(undefined);
  return fc.record({ pathIds, query, body }).map(({ pathIds: ids, query: values, body: payload }) => {
    let url = operation.path;
    operation.pathParams.forEach((param, index) => (url = url.replace(`{${param}}`, ids[index])));
    const params = new URLSearchParams();
    const extra = values.pop() as [string, string] | null;
    (values as ([string, string[]] | null)[]).forEach((value) => value && value[1].forEach((item) => params.append(value[0], item)));
    if (extra) params.append(extra[0], extra[1]);
    const search = params.toString();
    return { url: search ? `${url}?${search}` : url, payload };
  });
}

function pathId(real: string | null): fc.Arbitrary<string> {
  const hostile = fc.constantFrom(...HOSTILE_PATH_IDS).map((id) => (id.includes("%") ? id : encodeURIComponent(id)));
  return fc.oneof(
    ...(real ? [{ arbitrary: fc.constant(real), weight: 6 }] : []),
    { arbitrary: fc.uuid(), weight: 2 },
    { arbitrary: hostile, weight: 3 },
  );
}

function queryValue(param: FuzzOperation["queryParams"][number], ctx: SchemaContext): fc.Arbitrary<[string, string[]] | null> {
  const valid = validValue(param.schema, ctx).map((value) => (Array.isArray(value) ? value.map(String) : [String(value)]));
  const values = fc.oneof(
    { arbitrary: valid, weight: 3 },
    { arbitrary: valid.map((list) => list.map((item) => `${item}\u0000`)), weight: 1 },
    { arbitrary: hostileString.map((value) => [value]), weight: 2 },
    { arbitrary: fc.array(hostileString, { minLength: 2, maxLength: 4 }), weight: 1 },
  );
  const drawn = values.map((list): [string, string[]] => [param.name, list]);
  return param.required ? fc.oneof({ arbitrary: drawn, weight: 5 }, { arbitrary: fc.constant(null), weight: 1 }) : fc.option(drawn, { freq: 2 });
}

function bodyText(schema: JsonSchema, ctx: SchemaContext): fc.Arbitrary<string | undefined> {
  const mutated = fc
    .tuple(validValue(schema, ctx), fc.array(fc.tuple(fc.nat(), fc.boolean(), fc.constantFrom("unexpected_field", "__proto__", "constructor"), hostileValue), { minLength: 1, maxLength: 3 }))
    .map(([value, mutations]) => mutations.reduce<unknown>((current, mutation) => mutate(current, ...mutation), value));
  // Type-preserving: every string keeps its place but carries a character the database refuses.
  const poisoned = fc
    .tuple(validValue(schema, ctx), fc.constantFrom("\u0000", "\ud800", "\u0000\udfff"))
    .map(([value, poison]) => JSON.stringify(poisonStrings(value, poison)));
  return fc.oneof(
    { arbitrary: mutated.map((value) => JSON.stringify(value)), weight: 6 },
    { arbitrary: poisoned, weight: 3 },
    { arbitrary: validValue(schema, ctx).map((value) => JSON.stringify(value)), weight: 2 },
    { arbitrary: hostileValue.map((value) => JSON.stringify(value)), weight: 1 },
    { arbitrary: fc.constantFrom(undefined, "", "{", "[]", "null", '{"a":1,"a":2}'), weight: 1 },
  );
}

function poisonStrings(value: unknown, poison: string): unknown {
  if (typeof value === "string") return `${value}${poison}`;
  if (Array.isArray(value)) return value.map((item) => poisonStrings(item, poison));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, poisonStrings(item, poison)]));
  return value;
}

/** Replace one node (chosen by `pick`) with `value`, or add an unknown key next to it. */
function mutate(root: unknown, pick: number, addKey: boolean, key: string, value: unknown): unknown {
  const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const children: [string | number, unknown][] = Array.isArray(node) ? node.map((item, index) => [index, item]) : Object.entries(node);
    for (const [key, item] of children) {
      slots.push({ parent: node as Record<string, unknown>, key });
      visit(item);
    }
  };
  visit(root);
  const objects = [root, ...slots.map((slot) => (slot.parent as Record<string, unknown>)[slot.key as string])].filter((node) => node && typeof node === "object" && !Array.isArray(node));
  if (addKey && objects.length) {
    Object.defineProperty(objects[pick % objects.length], key, { value, enumerable: true, configurable: true, writable: true });
    return root;
  }
  if (!slots.length) return value;
  const slot = slots[pick % slots.length];
  (slot.parent as Record<string, unknown>)[slot.key as string] = value;
  return root;
}
