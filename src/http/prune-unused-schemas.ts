// The zod provider registers every schema with an id twice (input and output shapes); the input
// copies of response-only schemas are never referenced. Linters flag unused components, and client
// generators emit them as duplicate types, so the document keeps only what its operations reach.

type OpenApiDocument = { paths?: unknown; components?: { schemas?: Record<string, unknown> } };

const REF = /"#\/components\/schemas\/([^"]+)"/g;

export function pruneUnusedSchemas<T extends OpenApiDocument>(document: T): T {
  const schemas = document.components?.schemas;
  if (!schemas) return document;
  const reached = new Set<string>();
  const pending = [...refsIn(document.paths)];
  while (pending.length) {
    const name = pending.pop()!;
    if (reached.has(name) || !(name in schemas)) continue;
    reached.add(name);
    pending.push(...refsIn(schemas[name]));
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
  return { ...document, components: { ...document.components, schemas: kept } };
}

function refsIn(value: unknown): string[] {
  return [...JSON.stringify(value ?? null).matchAll(REF)].map((match) => decodeURIComponent(match[1]!));
}
