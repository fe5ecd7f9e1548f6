import type { FastifyInstance } from "fastify";
import fastifySwagger from "@fastify/swagger";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

export const API_VERSION = "1.0.0";

/** The OpenAPI 3.1 document is generated from the same zod schemas that validate requests. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "OpenProspect External Developer API",
        version: API_VERSION,
        description:
          "Self-hostable implementation of the OpenProspect External Developer API: enrichment and discovery orders, " +
          "blacklists, prospect searches, companies, prospects, jobs, webtech intel and deliveries.",
      },
      servers: [{ url: "/" }],
      components: {
        securitySchemes: {
          apiKey: { type: "http", scheme: "bearer", description: "Organization API key: lnc_live_… or lnc_test_…" },
          adminKey: { type: "http", scheme: "bearer", description: "Operator key: lnc_admin_…" },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
}
