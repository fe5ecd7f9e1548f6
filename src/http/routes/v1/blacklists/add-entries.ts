import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { addBlacklistEntries } from "../../../../core/blacklists/add-entries.ts";
import { AddEntriesInputSchema, AddEntriesResultSchema } from "../../../../core/blacklists/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["blacklists:write"] };

export function registerAddBlacklistEntries(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post("/api/v1/blacklists/:id/entries", {
    config: { auth },
    schema: {
      tags: ["Blacklists"],
      summary: "Add entries in bulk (up to 10,000 per request)",
      ...authDocs(auth),
      description: `${authDocs(auth).description} Invalid entries are reported with their index and reason and skipped; duplicates are counted, not stored.`,
      params: UuidParam("id"),
      body: AddEntriesInputSchema,
      response: { 200: AddEntriesResultSchema, ...errorResponses(404) },
    },
    handler: async (request) => addBlacklistEntries(deps.db, tenantOf(request), request.params.id, request.body),
  });
}
