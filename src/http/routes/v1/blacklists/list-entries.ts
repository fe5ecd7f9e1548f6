import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listBlacklistEntries } from "../../../../core/blacklists/list-entries.ts";
import { BlacklistEntrySchema } from "../../../../core/blacklists/schemas.ts";
import { PageQuerySchema } from "../../../../core/pagination.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["blacklists:read"] };

export function registerListBlacklistEntries(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/blacklists/:id/entries", {
    config: { auth },
    schema: {
      tags: ["Blacklists"],
      summary: "List entries (paginated)",
      ...authDocs(auth),
      params: UuidParam("id"),
      querystring: PageQuerySchema,
      response: { 200: pageSchema(BlacklistEntrySchema), ...errorResponses(404) },
    },
    handler: async (request) => listBlacklistEntries(deps.db, tenantOf(request), request.params.id, request.query),
  });
}
