import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listApiKeys } from "../../../../core/api-keys/list.ts";
import { ApiKeySchema } from "../../../../core/api-keys/schemas.ts";
import { PageQuerySchema } from "../../../../core/pagination.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

export function registerListApiKeys(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/admin/v1/organizations/:org_id/api-keys", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "List an organization's API keys (never the secrets)",
      ...authDocs(auth),
      params: UuidParam("org_id"),
      querystring: PageQuerySchema,
      response: { 200: pageSchema(ApiKeySchema), ...errorResponses(404) },
    },
    handler: async (request) => listApiKeys(deps.db, request.params.org_id, request.query),
  });
}
