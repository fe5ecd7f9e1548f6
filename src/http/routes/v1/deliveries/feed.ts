import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { FeedItemSchema, FeedQuerySchema } from "../../../../core/deliveries/feed-schemas.ts";
import { listDeliveredCompanies } from "../../../../core/deliveries/list-feed.ts";
import { cursorPageSchema, errorResponses, UuidParam } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["companies:read", "prospects:read"] };

export function registerDeliveryFeed(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/deliveries/:prospect_search_id/companies", {
    config: { auth },
    schema: {
      tags: ["Deliveries"],
      summary: "Delivered companies with their prospects, for CRM sync",
      ...authDocs(auth),
      description: "Oldest first. Items are delivered companies (event qualified) and later withdrawals (erased, merged). Store next_cursor and pass it as cursor to continue.",
      params: UuidParam("prospect_search_id"),
      querystring: FeedQuerySchema,
      response: { 200: cursorPageSchema(FeedItemSchema), ...errorResponses(404) },
    },
    handler: async (request) =>
      listDeliveredCompanies(deps.db, tenantOf(request), request.params.prospect_search_id as string, request.query),
  });
}
