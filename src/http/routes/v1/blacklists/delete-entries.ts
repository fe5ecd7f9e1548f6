import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { deleteBlacklistEntries } from "../../../../core/blacklists/delete-entries.ts";
import { DeleteEntriesInputSchema, DeleteEntriesResultSchema } from "../../../../core/blacklists/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["blacklists:write"] };

export function registerDeleteBlacklistEntries(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().delete("/api/v1/blacklists/:id/entries", {
    config: { auth },
    schema: {
      tags: ["Blacklists"],
      summary: "Remove entries by ID",
      ...authDocs(auth),
      params: UuidParam("id"),
      body: DeleteEntriesInputSchema,
      response: { 200: DeleteEntriesResultSchema, ...errorResponses(404) },
    },
    handler: async (request) => deleteBlacklistEntries(deps.db, tenantOf(request), request.params.id, request.body),
  });
}
