import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getOrder } from "../../../../core/orders/get.ts";
import { OrderSchema } from "../../../../core/orders/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["orders:read"] };

export function registerGetOrder(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/orders/:order_id", {
    config: { auth },
    schema: {
      tags: ["Orders"],
      summary: "Get order status",
      ...authDocs(auth),
      params: UuidParam("order_id"),
      response: { 200: OrderSchema, ...errorResponses(404) },
    },
    handler: async (request) => getOrder(deps.db, tenantOf(request), request.params.order_id),
  });
}
