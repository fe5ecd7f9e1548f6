import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { OrderResultSchema, OrderResultsQuerySchema } from "../../../../core/orders/result-schemas.ts";
import { listOrderResults } from "../../../../core/orders/results.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { cursorPageSchema, errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["orders:read"] };

export function registerOrderResults(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/orders/:order_id/results", {
    config: { auth },
    schema: {
      tags: ["Orders"],
      summary: "Get enriched results (companies with contacts)",
      ...authDocs(auth),
      params: UuidParam("order_id"),
      querystring: OrderResultsQuerySchema,
      response: { 200: cursorPageSchema(OrderResultSchema), ...errorResponses(404) },
    },
    handler: async (request) => listOrderResults(deps.db, tenantOf(request), request.params.order_id, request.query),
  });
}
