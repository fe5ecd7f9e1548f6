import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listBlacklists } from "../../../../core/blacklists/list.ts";
import { BlacklistSchema } from "../../../../core/blacklists/schemas.ts";
import { PageQuerySchema } from "../../../../core/pagination.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["blacklists:read"] };

export function registerListBlacklists(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/blacklists", {
    config: { auth },
    schema: {
      tags: ["Blacklists"],
      summary: "List your blacklists",
      ...authDocs(auth),
      querystring: PageQuerySchema,
      response: { 200: pageSchema(BlacklistSchema), ...errorResponses() },
    },
    handler: async (request) => listBlacklists(deps.db, tenantOf(request), request.query),
  });
}
