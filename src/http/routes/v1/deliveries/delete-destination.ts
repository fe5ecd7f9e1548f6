import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { deleteDestination } from "../../../../core/webhook-destinations/delete.ts";
import { DestinationParams } from "./destination-params.ts";
import { errorResponses } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["deliveries:write"] };

export function registerDeleteDestination(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().delete("/api/v1/deliveries/:prospect_search_id/destinations/:destination_id", {
    config: { auth },
    schema: {
      tags: ["Deliveries"],
      summary: "Delete a webhook destination",
      ...authDocs(auth),
      params: DestinationParams,
      response: { 204: z.null().describe("Deleted"), ...errorResponses(404) },
    },
    handler: async (request, reply) => {
      await deleteDestination(deps.db, tenantOf(request), request.params.prospect_search_id, request.params.destination_id);
      return reply.code(204).send(null);
    },
  });
}
