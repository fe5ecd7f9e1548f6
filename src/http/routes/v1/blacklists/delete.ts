import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { deleteBlacklist } from "../../../../core/blacklists/delete.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["blacklists:write"] };

export function registerDeleteBlacklist(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().delete("/api/v1/blacklists/:id", {
    config: { auth },
    schema: {
      tags: ["Blacklists"],
      summary: "Delete a blacklist with its entries and assignments",
      ...authDocs(auth),
      params: UuidParam("id"),
      response: { 204: z.null().describe("Deleted"), ...errorResponses(404) },
    },
    handler: async (request, reply) => {
      await deleteBlacklist(deps.db, tenantOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  });
}
