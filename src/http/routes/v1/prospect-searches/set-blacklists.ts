import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { setAssignedBlacklists } from "../../../../core/blacklists/assign.ts";
import { AssignBlacklistsInputSchema, BlacklistSchema } from "../../../../core/blacklists/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["blacklists:write"] };

export function registerSetAssignedBlacklists(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().put("/api/v1/prospect-searches/:id/blacklists", {
    config: { auth },
    schema: {
      tags: ["Prospect Searches"],
      summary: "Set assigned blacklists (replaces the set)",
      ...authDocs(auth),
      params: UuidParam("id"),
      body: AssignBlacklistsInputSchema,
      response: { 200: pageSchema(BlacklistSchema), ...errorResponses(404) },
    },
    handler: async (request) => setAssignedBlacklists(deps.db, tenantOf(request), request.params.id, request.body),
  });
}
