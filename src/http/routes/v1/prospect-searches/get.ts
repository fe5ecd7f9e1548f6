import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getProspectSearch } from "../../../../core/prospect-searches/get.ts";
import { ProspectSearchSchema } from "../../../../core/prospect-searches/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["prospect_searches:read"] };

export function registerGetProspectSearch(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/prospect-searches/:id", {
    config: { auth },
    schema: {
      tags: ["Prospect Searches"],
      summary: "Get prospect search details (with its current version)",
      ...authDocs(auth),
      params: UuidParam("id"),
      response: { 200: ProspectSearchSchema, ...errorResponses(404) },
    },
    handler: async (request) => getProspectSearch(deps.db, tenantOf(request), request.params.id),
  });
}
