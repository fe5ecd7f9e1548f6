import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listOrdersForReview } from "../../../../core/orders/list-for-review.ts";
import { ORDER_STATUSES, OrderSchema } from "../../../../core/orders/schemas.ts";
import { PageQuerySchema } from "../../../../core/pagination.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };
const ReviewItemSchema = OrderSchema.extend({ organization_id: z.uuid(), organization_name: z.string(), test_mode: z.boolean() });

export function registerListOrdersForReview(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/admin/v1/orders", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "Orders across organizations (the review queue with status=RECEIVED)",
      ...authDocs(auth),
      querystring: PageQuerySchema.extend({ status: z.enum(ORDER_STATUSES).optional() }),
      response: { 200: pageSchema(ReviewItemSchema), ...errorResponses() },
    },
    handler: async (request) => listOrdersForReview(deps.db, request.query),
  });
}
