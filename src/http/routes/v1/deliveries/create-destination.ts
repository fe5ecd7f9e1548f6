import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createDestination } from "../../../../core/webhook-destinations/create.ts";
import { CreateDestinationInputSchema, CreatedDestinationSchema } from "../../../../core/webhook-destinations/schemas.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["deliveries:write"] };

export function registerCreateDestination(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post("/api/v1/deliveries/:prospect_search_id/destinations", {
    config: { auth },
    schema: {
      tags: ["Deliveries"],
      summary: "Add a webhook destination (the signing secret is shown once)",
      ...authDocs(auth),
      params: UuidParam("prospect_search_id"),
      body: CreateDestinationInputSchema,
      response: { 201: CreatedDestinationSchema, ...errorResponses(404) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createDestination(deps.db, deps.secrets, tenantOf(request), request.params.prospect_search_id, request.body)),
  });
}
