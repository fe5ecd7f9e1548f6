import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getBlacklist } from "../../../../core/blacklists/get.ts";
import { BlacklistSchema } from "../../../../core/blacklists/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["blacklists:read"] };

export function registerGetBlacklist(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/blacklists/:id", {
    config: { auth },
    schema: {
      tags: ["Blacklists"],
      summary: "Get a blacklist",
      ...authDocs(auth),
      params: UuidParam("id"),
      response: { 200: BlacklistSchema, ...errorResponses(404) },
    },
    handler: async (request) => getBlacklist(deps.db, tenantOf(request), request.params.id),
  });
}
