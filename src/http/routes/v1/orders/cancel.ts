import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { cancelOrder } from "../../../../core/orders/cancel.ts";
import { getOrder } from "../../../../core/orders/get.ts";
import { OrderSchema } from "../../../../core/orders/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { apiKeyPrincipal, authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["orders:write"] };

export function registerCancelOrder(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post("/api/v1/orders/:order_id/cancel", {
    config: { auth },
    schema: {
      tags: ["Orders"],
      summary: "Cancel an order that has not finished",
      ...authDocs(auth),
      params: UuidParam("order_id"),
      response: { 200: OrderSchema, ...errorResponses(404, 409) },
    },
    handler: async (request) => {
      const principal = apiKeyPrincipal(request);
      const orderId = request.params.order_id;
      await cancelOrder(deps.db, deps.jobs, { orderId, tenant: principal.tenant, actor: { type: "api_key", id: principal.keyId } });
      return getOrder(deps.db, principal.tenant, orderId);
    },
  });
}
