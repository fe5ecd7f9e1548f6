import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listOrders } from "../../../../core/orders/list.ts";
import { ListOrdersQuerySchema, OrderSchema } from "../../../../core/orders/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["orders:read"] };

export function registerListOrders(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/orders", {
    config: { auth },
    schema: {
      tags: ["Orders"],
      summary: "List your orders",
      ...authDocs(auth),
      querystring: ListOrdersQuerySchema,
      response: { 200: pageSchema(OrderSchema), ...errorResponses() },
    },
    handler: async (request) => listOrders(deps.db, tenantOf(request), request.query),
  });
}
