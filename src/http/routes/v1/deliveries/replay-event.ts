import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { getDestination } from "../../../../core/webhook-destinations/get.ts";
import { replayWebhookEvent } from "../../../../core/webhooks/replay.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses } from "../../../schemas.ts";
import { DestinationParams } from "./destination-params.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["deliveries:write"] };
export const ReplayAcceptedSchema = z.object({ event_id: z.uuid(), status: z.literal("queued") });

export function registerReplayEvent(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post("/api/v1/deliveries/:prospect_search_id/destinations/:destination_id/events/:event_id/replay", {
    config: { auth },
    schema: {
      tags: ["Deliveries"],
      summary: "Send a delivered or failed event again, with the same webhook-id",
      ...authDocs(auth),
      params: DestinationParams.extend({ event_id: z.uuid({ message: "Must be a UUID" }) }),
      response: { 202: ReplayAcceptedSchema, ...errorResponses(404, 409) },
    },
    handler: async (request, reply) => {
      const tenant = tenantOf(request);
      const { prospect_search_id, destination_id, event_id } = request.params;
      await getDestination(deps.db, tenant, prospect_search_id, destination_id);
      await replayWebhookEvent(deps.db, deps.jobs, event_id, { tenant, destinationId: destination_id });
      return reply.code(202).send({ event_id, status: "queued" as const });
    },
  });
}
