import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { PriceListSchema } from "../../../../core/costs/price-list.ts";
import { updatePriceList, UpdatePriceListInputSchema } from "../../../../core/costs/update-price-list.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

export function registerUpdatePriceList(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().patch("/api/admin/v1/price-list", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "Set prices (null returns an item to the configured default)",
      description: "Orders already accepted keep the unit cost they were accepted with.",
      ...authDocs(auth),
      body: UpdatePriceListInputSchema,
      response: { 200: PriceListSchema, ...errorResponses() },
    },
    handler: async (request) => updatePriceList(deps.db, request.body, deps.priceDefaults),
  });
}
