import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
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
      description: "Oldest first. Items are delivered companies (event qualified) and later withdrawals (erased, merged). Pass next_cursor as cursor to read the next page; it is null on the last page. Store resume_cursor and pass it as cursor on the next sync to receive only what was delivered since.",
      params: UuidParam("prospect_search_id"),
      querystring: FeedQuerySchema,
      response: {
        200: cursorPageSchema(FeedItemSchema).extend({
          resume_cursor: z.string().nullable().describe("Position after the last item seen; pass as cursor on the next sync (null before any delivery)"),
        }),
        ...errorResponses(404),
      },
    },
    handler: async (request) =>
      listDeliveredCompanies(deps.db, tenantOf(request), request.params.prospect_search_id, request.query),
  });
}
