import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { resumeDestination } from "../../../../core/webhooks/resume-destination.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses } from "../../../schemas.ts";
import { DestinationParams } from "./destination-params.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["deliveries:write"] };

export function registerResumeDestination(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post("/api/v1/deliveries/:prospect_search_id/destinations/:destination_id/resume", {
    config: { auth },
    schema: {
      tags: ["Deliveries"],
      summary: "Resume a destination paused after repeated failures; held events are sent",
      ...authDocs(auth),
      params: DestinationParams,
      response: { 200: z.object({ requeued: z.number().int() }), ...errorResponses(404) },
    },
    handler: async (request) =>
      resumeDestination(deps.db, deps.jobs, tenantOf(request), request.params.prospect_search_id, request.params.destination_id),
  });
}
