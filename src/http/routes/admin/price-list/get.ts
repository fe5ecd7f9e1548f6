import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getPriceList } from "../../../../core/costs/get-price-list.ts";
import { PriceListSchema } from "../../../../core/costs/price-list.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

export function registerGetPriceList(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/admin/v1/price-list", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "The prices in force (the operator's own, the configured default for the rest)",
      description: "An order's cost per delivered company is per_company plus the price of each feature it asks for, fixed when the order is accepted. Rows not delivered (excluded, not found, failed) cost nothing.",
      ...authDocs(auth),
      response: { 200: PriceListSchema, ...errorResponses() },
    },
    handler: async () => getPriceList(deps.db, deps.priceDefaults),
  });
}
