import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listAssignedBlacklists } from "../../../../core/blacklists/list-assigned.ts";
import { BlacklistSchema } from "../../../../core/blacklists/schemas.ts";
import { PageQuerySchema } from "../../../../core/pagination.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["blacklists:read"] };

export function registerListAssignedBlacklists(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/prospect-searches/:id/blacklists", {
    config: { auth },
    schema: {
      tags: ["Prospect Searches"],
      summary: "List assigned blacklists",
      ...authDocs(auth),
      params: UuidParam("id"),
      querystring: PageQuerySchema,
      response: { 200: pageSchema(BlacklistSchema), ...errorResponses(404) },
    },
    handler: async (request) => listAssignedBlacklists(deps.db, tenantOf(request), request.params.id, request.query),
  });
}
