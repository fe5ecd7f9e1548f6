import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { PageQuerySchema } from "../../../../core/pagination.ts";
import { listDestinations } from "../../../../core/webhook-destinations/list.ts";
import { DestinationSchema } from "../../../../core/webhook-destinations/schemas.ts";
import { errorResponses, pageSchema, UuidParam } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["deliveries:read"] };

export function registerListDestinations(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/deliveries/:prospect_search_id/destinations", {
    config: { auth },
    schema: {
      tags: ["Deliveries"],
      summary: "List a search's webhook destinations",
      ...authDocs(auth),
      params: UuidParam("prospect_search_id"),
      querystring: PageQuerySchema,
      response: { 200: pageSchema(DestinationSchema), ...errorResponses(404) },
    },
    handler: async (request) => listDestinations(deps.db, tenantOf(request), request.params.prospect_search_id, request.query),
  });
}
