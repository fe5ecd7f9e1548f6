import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getDestination } from "../../../../core/webhook-destinations/get.ts";
import { DestinationSchema } from "../../../../core/webhook-destinations/schemas.ts";
import { DestinationParams } from "./destination-params.ts";
import { errorResponses } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["deliveries:read"] };

export function registerGetDestination(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/deliveries/:prospect_search_id/destinations/:destination_id", {
    config: { auth },
    schema: {
      tags: ["Deliveries"],
      summary: "Get a webhook destination",
      ...authDocs(auth),
      params: DestinationParams,
      response: { 200: DestinationSchema, ...errorResponses(404) },
    },
    handler: async (request) =>
      getDestination(deps.db, tenantOf(request), request.params.prospect_search_id, request.params.destination_id),
  });
}
