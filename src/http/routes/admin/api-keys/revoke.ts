import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { revokeApiKey } from "../../../../core/api-keys/revoke.ts";
import { ApiKeySchema } from "../../../../core/api-keys/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

export function registerRevokeApiKey(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().delete("/api/admin/v1/api-keys/:key_id", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "Revoke an API key",
      ...authDocs(auth),
      params: UuidParam("key_id"),
      response: { 200: ApiKeySchema, ...errorResponses(404) },
    },
    handler: async (request) => revokeApiKey(deps.db, request.params.key_id),
  });
}
