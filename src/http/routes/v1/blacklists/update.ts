import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { BlacklistSchema, UpdateBlacklistInputSchema } from "../../../../core/blacklists/schemas.ts";
import { updateBlacklist } from "../../../../core/blacklists/update.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["blacklists:write"] };

export function registerUpdateBlacklist(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().patch("/api/v1/blacklists/:id", {
    config: { auth },
    schema: {
      tags: ["Blacklists"],
      summary: "Update blacklist name/description",
      ...authDocs(auth),
      params: UuidParam("id"),
      body: UpdateBlacklistInputSchema,
      response: { 200: BlacklistSchema, ...errorResponses(404) },
    },
    handler: async (request) => updateBlacklist(deps.db, tenantOf(request), request.params.id, request.body),
  });
}
