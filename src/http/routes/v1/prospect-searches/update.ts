import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UpdateProspectSearchInputSchema } from "../../../../core/prospect-searches/patch-schema.ts";
import { ProspectSearchSchema } from "../../../../core/prospect-searches/schemas.ts";
import { updateProspectSearch } from "../../../../core/prospect-searches/update.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["prospect_searches:write"] };

export function registerUpdateProspectSearch(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().patch("/api/v1/prospect-searches/:id", {
    config: { auth },
    schema: {
      tags: ["Prospect Searches"],
      summary: "Update prospect search (ICP)",
      ...authDocs(auth),
      description: `${authDocs(auth).description} Partial update (AIP-134 field mask) with optimistic locking; admin-only fields sent with an API key are dropped and listed in stripped_fields.`,
      params: UuidParam("id"),
      body: UpdateProspectSearchInputSchema,
      response: {
        200: ProspectSearchSchema.extend({ stripped_fields: z.array(z.string()).describe("Admin-only fields that were dropped") }),
        ...errorResponses(404, 409),
      },
    },
    handler: // API keys act for the organization, never as one of its admins (see CONTRACT: admin-only fields).
    async (request) =>
      updateProspectSearch(deps.db, tenantOf(request), request.params.id, request.body, { canEditAdminFields: false }),
  });
}
