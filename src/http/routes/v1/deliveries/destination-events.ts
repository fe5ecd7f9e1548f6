import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { PageQuerySchema } from "../../../../core/pagination.ts";
import { getDestination } from "../../../../core/webhook-destinations/get.ts";
import { listWebhookEvents } from "../../../../core/webhooks/list-events.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema } from "../../../schemas.ts";
import { DestinationParams } from "./destination-params.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["deliveries:read"] };

export const WebhookEventLogSchema = z.object({
  id: z.uuid().describe("Also the webhook-id header of every attempt"),
  event_type: z.string(),
  status: z.enum(["pending", "delivered", "failed", "paused"]),
  attempts: z.number().int(),
  created_at: z.string(),
  last_attempt_at: z.string().nullable(),
  next_attempt_at: z.string().nullable(),
  delivered_at: z.string().nullable(),
  last_error: z.string().nullable(),
  attempt_log: z.array(
    z.object({
      attempt: z.number().int(),
      started_at: z.string(),
      duration_ms: z.number().int(),
      status_code: z.number().int().nullable(),
      outcome: z.string(),
      error: z.string().nullable(),
      response_excerpt: z.string().nullable(),
      trigger: z.string(),
    }),
  ),
});

export function registerDestinationEvents(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/deliveries/:prospect_search_id/destinations/:destination_id/events", {
    config: { auth },
    schema: {
      tags: ["Deliveries"],
      summary: "Delivery log of a webhook destination: every event with every attempt",
      ...authDocs(auth),
      params: DestinationParams,
      querystring: PageQuerySchema,
      response: { 200: pageSchema(WebhookEventLogSchema), ...errorResponses(404) },
    },
    handler: async (request) => {
      const tenant = tenantOf(request);
      await getDestination(deps.db, tenant, request.params.prospect_search_id, request.params.destination_id);
      return listWebhookEvents(deps.db, tenant, request.params.destination_id, request.query);
    },
  });
}
