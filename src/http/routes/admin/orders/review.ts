import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { acceptOrder } from "../../../../core/orders/accept.ts";
import { cancelOrder } from "../../../../core/orders/cancel.ts";
import { getOrderAsOperator } from "../../../../core/orders/get-as-operator.ts";
import { rejectOrder } from "../../../../core/orders/reject.ts";
import { OrderSchema } from "../../../../core/orders/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { adminPrincipal, authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };
const schemaFor = (summary: string, body: z.ZodType) => ({
  tags: ["Admin"],
  summary,
  ...authDocs(auth),
  params: UuidParam("order_id"),
  body,
  response: { 200: OrderSchema, ...errorResponses(404, 409) },
});

export function registerOrderReview(app: FastifyInstance, deps: AppDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const AcceptBody = z.object({ estimated_cost: z.number().min(0).max(1e9).nullable().optional() }).strict();
  typed.post("/api/admin/v1/orders/:order_id/accept", {
    config: { auth },
    schema: schemaFor("Accept an order (starts fulfilment; estimated_cost defaults to the price list times the company count)", AcceptBody.nullish()),
    handler: async (request) => {
      const orderId = request.params.order_id;
      const body = AcceptBody.parse(request.body ?? {});
      await acceptOrder(deps.db, deps.jobs, { orderId, estimatedCost: body.estimated_cost ?? null, priceDefaults: deps.priceDefaults, actor: { type: "admin", id: adminPrincipal(request).keyId } });
      return getOrderAsOperator(deps.db, orderId);
    },
  });
  const RejectBody = z.object({ message: z.string().trim().min(1).max(2000) }).strict();
  typed.post("/api/admin/v1/orders/:order_id/reject", {
    config: { auth },
    schema: schemaFor("Reject an order with a message for the client", RejectBody),
    handler: async (request) => {
      const orderId = request.params.order_id;
      const { message } = RejectBody.parse(request.body);
      await rejectOrder(deps.db, deps.jobs, { orderId, message, actor: { type: "admin", id: adminPrincipal(request).keyId } });
      return getOrderAsOperator(deps.db, orderId);
    },
  });
  const CancelBody = z.object({ message: z.string().trim().min(1).max(2000).optional() }).strict();
  typed.post("/api/admin/v1/orders/:order_id/cancel", {
    config: { auth },
    schema: schemaFor("Cancel an order", CancelBody.nullish()),
    handler: async (request) => {
      const orderId = request.params.order_id;
      const { message } = CancelBody.parse(request.body ?? {});
      await cancelOrder(deps.db, deps.jobs, { orderId, message, actor: { type: "admin", id: adminPrincipal(request).keyId } });
      return getOrderAsOperator(deps.db, orderId);
    },
  });
}
