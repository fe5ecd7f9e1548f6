declare module "fastify" {
  interface FastifyContextConfig {
    /** The route also answers text/csv when Accept asks; the text documents its columns (openapi.ts). */
    csvResponse?: string;
    /** The route also takes a text/csv body, read into its JSON body; the text documents the columns. */
    csvRequest?: string;
  }
}

interface TransformedSchema {
  response?: Record<string, unknown>;
  body?: unknown;
}

/** Documents a route's text/csv answer next to its JSON one: the 200 response gets both media types. */
export function withCsvAlternative<T extends TransformedSchema>(schema: T, description: string | undefined): T {
  const ok = schema.response?.["200"] as ({ description?: string } & Record<string, unknown>) | undefined;
  if (!description || !ok) return schema;
  const { description: okDescription, ...json } = ok;
  const response = {
    ...schema.response,
    200: {
      description: okDescription ?? "Default Response",
      content: {
        "application/json": { schema: json },
        "text/csv": { schema: { type: "string", description } },
      },
    },
  };
  return { ...schema, response };
}

/** Documents a route's text/csv request body next to its JSON one. */
export function withCsvRequest<T extends TransformedSchema>(schema: T, description: string | undefined): T {
  if (!description || !schema.body) return schema;
  return { ...schema, body: { content: { "application/json": { schema: schema.body }, "text/csv": { schema: { type: "string", description } } } } };
}
