import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createOrder } from "../../../../core/orders/create.ts";
import { CreateOrderInputSchema, CreateOrderResponseSchema } from "../../../../core/orders/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { apiKeyPrincipal, authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["orders:write"] };

export function registerCreateOrder(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post("/api/v1/orders", {
    config: { auth },
    schema: {
      tags: ["Orders"],
      summary: "Create enrichment or discovery order",
      ...authDocs(auth),
      body: CreateOrderInputSchema,
      description: "Test keys may order at most OPENPROSPECT_TEST_MODE_COMPANIES_PER_HOUR companies per organization and hour (429 TEST_MODE_QUOTA_EXCEEDED beyond).",
      response: { 201: CreateOrderResponseSchema, ...errorResponses(404, 409) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createOrder(deps.db, deps.jobs, apiKeyPrincipal(request), request.body, { testModeCompaniesPerHour: deps.testModeCompaniesPerHour, priceDefaults: deps.priceDefaults })),
  });
}
