import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listProspects } from "../../../../core/prospects/list.ts";
import { ListProspectsQuerySchema, ProspectSchema } from "../../../../core/prospects/schemas.ts";
import { errorResponses, pageSchema } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["prospects:read"] };

export function registerListProspects(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/prospects", {
    config: { auth },
    schema: {
      tags: ["Prospects"],
      summary: "List prospects (people at your companies)",
      ...authDocs(auth),
      querystring: ListProspectsQuerySchema,
      response: { 200: pageSchema(ProspectSchema), ...errorResponses(404) },
    },
    handler: async (request) => listProspects(deps.db, tenantOf(request), request.query),
  });
}
