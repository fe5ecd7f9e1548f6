import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createBlacklist } from "../../../../core/blacklists/create.ts";
import { BlacklistSchema, CreateBlacklistInputSchema } from "../../../../core/blacklists/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["blacklists:write"] };

export function registerCreateBlacklist(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post("/api/v1/blacklists", {
    config: { auth },
    schema: {
      tags: ["Blacklists"],
      summary: "Create a blacklist",
      ...authDocs(auth),
      body: CreateBlacklistInputSchema,
      response: { 201: BlacklistSchema, ...errorResponses() },
    },
    handler: async (request, reply) => reply.code(201).send(await createBlacklist(deps.db, tenantOf(request), request.body)),
  });
}
