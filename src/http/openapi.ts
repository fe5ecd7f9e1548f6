import type { FastifyInstance } from "fastify";
import fastifySwagger from "@fastify/swagger";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { SCOPES } from "../core/scopes.ts";
import { SCOPE_DESCRIPTIONS } from "./scope-docs.ts";
import { operationIdFor } from "./operation-id.ts";
import { pruneUnusedSchemas } from "./prune-unused-schemas.ts";
import { withCsvAlternative, withCsvRequest } from "./csv-openapi.ts";

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
        // A self-hosted copy is supported by whoever runs it, not by the hosted service; the
        // repository carries no licence file, so the document says so instead of inventing one.
        contact: { name: "The operator of this installation" },
        license: { name: "Proprietary: no licence granted (the repository has no licence file)", identifier: "LicenseRef-Proprietary" },
      },
      // Relative: the document is served by the installation it describes, whatever its host and port.
      servers: [{ url: "/", description: "This installation" }],
      tags: [
        { name: "Authentication", description: "Validate an API key and read its scopes" },
        { name: "Orders", description: "Enrichment and discovery orders, their status and results" },
        { name: "Search Profiles", description: "Create a search profile (prospect search) from an ideal customer profile" },
        { name: "Prospect Searches", description: "Prospect searches (ICP), their settings and assigned blacklists" },
        { name: "Blacklists", description: "Companies never to deliver: existing customers, competitors" },
        { name: "Companies", description: "Companies of a prospect search with jobs and technologies" },
        { name: "Prospects", description: "People at the delivered companies" },
        { name: "Deliveries", description: "Pull feed and signed webhook destinations for CRM sync" },
        { name: "Admin", description: "Operator API (lnc_admin_ keys)" },
        { name: "System", description: "Health and metrics" },
      ],
      components: {
        securitySchemes: {
          apiKey: withScopeMap({
            type: "http" as const,
            scheme: "bearer",
            description: `Organization API key: lnc_live_… or lnc_test_…. Each operation lists the scopes it needs in its security requirement; scopes: ${SCOPES.join(", ")}.`,
          }),
          adminKey: { type: "http", scheme: "bearer", description: "Operator key: lnc_admin_…" },
        },
      },
    },
    transform: (input) => {
      const output = jsonSchemaTransform(input);
      const config = input.route.config;
      const schema = withCsvRequest(withCsvAlternative(output.schema as { operationId?: string; response?: Record<string, unknown>; body?: unknown }, config?.csvResponse), config?.csvRequest);
      return { ...output, schema: { ...schema, operationId: schema.operationId ?? operationIdFor([input.route.method].flat()[0] as string, input.url) } };
    },
    transformObject: (input) => pruneUnusedSchemas(jsonSchemaTransformObject(input) as Parameters<typeof pruneUnusedSchemas>[0]) as ReturnType<typeof jsonSchemaTransformObject>,
  });
}

// The OpenAPI types know no extensions on a security scheme; the extension is added after typing.
function withScopeMap<T extends object>(scheme: T): T {
  return { ...scheme, "x-scopes": SCOPE_DESCRIPTIONS };
}
