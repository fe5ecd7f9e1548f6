import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getProspect } from "../../../../core/prospects/get.ts";
import { ProspectSchema } from "../../../../core/prospects/schemas.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["prospects:read"] };

export function registerGetProspect(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/prospects/:prospect_id", {
    config: { auth },
    schema: {
      tags: ["Prospects"],
      summary: "Get a prospect",
      ...authDocs(auth),
      params: UuidParam("prospect_id"),
      response: { 200: ProspectSchema, ...errorResponses(404) },
    },
    handler: async (request) => getProspect(deps.db, tenantOf(request), request.params.prospect_id),
  });
}
