import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { replayWebhookEvent } from "../../../../core/webhooks/replay.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";
import { ReplayAcceptedSchema } from "../../v1/deliveries/replay-event.ts";

const auth: RouteAuth = { kind: "admin" };

export function registerAdminReplayEvent(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post("/api/admin/v1/webhook-events/:event_id/replay", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "Replay any webhook event (same webhook-id)",
      ...authDocs(auth),
      params: UuidParam("event_id"),
      response: { 202: ReplayAcceptedSchema, ...errorResponses(404, 409) },
    },
    handler: async (request, reply) => {
      const eventId = request.params.event_id;
      await replayWebhookEvent(deps.db, deps.jobs, eventId, {});
      return reply.code(202).send({ event_id: eventId, status: "queued" as const });
    },
  });
}
