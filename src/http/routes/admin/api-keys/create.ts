import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createApiKey } from "../../../../core/api-keys/create.ts";
import { CreateApiKeyInputSchema, CreatedApiKeySchema } from "../../../../core/api-keys/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

export function registerCreateApiKey(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post("/api/admin/v1/organizations/:org_id/api-keys", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "Create an API key for an organization (the secret is shown once)",
      ...authDocs(auth),
      params: UuidParam("org_id"),
      body: CreateApiKeyInputSchema,
      response: { 201: CreatedApiKeySchema, ...errorResponses(404) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createApiKey(deps.db, request.params.org_id, request.body)),
  });
}
