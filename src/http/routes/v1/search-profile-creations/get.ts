import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getSearchProfileCreation } from "../../../../core/search-profiles/get.ts";
import { SearchProfileCreationSchema } from "../../../../core/search-profiles/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["orders:read"] };

export function registerGetSearchProfileCreation(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/search-profile-creations/:id", {
    config: { auth },
    schema: {
      tags: ["Search Profiles"],
      summary: "Poll a search profile creation",
      ...authDocs(auth),
      params: UuidParam("id"),
      response: { 200: SearchProfileCreationSchema, ...errorResponses(404) },
    },
    handler: async (request) => getSearchProfileCreation(deps.db, tenantOf(request), request.params.id),
  });
}
