import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listProspectSearches } from "../../../../core/prospect-searches/list.ts";
import { ProspectSearchListItemSchema } from "../../../../core/prospect-searches/schemas.ts";
import { PageQuerySchema } from "../../../../core/pagination.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["prospect_searches:read"] };

export function registerListProspectSearches(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/prospect-searches", {
    config: { auth },
    schema: {
      tags: ["Prospect Searches"],
      summary: "List available prospect searches",
      ...authDocs(auth),
      querystring: PageQuerySchema,
      response: { 200: pageSchema(ProspectSearchListItemSchema), ...errorResponses() },
    },
    handler: async (request) => listProspectSearches(deps.db, tenantOf(request), request.query),
  });
}
