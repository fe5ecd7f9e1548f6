import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { erasePersonAndNotify } from "../../../../core/prospects/erase-and-notify.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

export function registerProspectErasure(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post("/api/admin/v1/prospects/:prospect_id/erase", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "Erase one person everywhere (GDPR erasure): data deleted, e-mail and name suppressed, webhooks told with ids only",
      ...authDocs(auth),
      params: UuidParam("prospect_id"),
      response: { 200: z.object({ erased: z.literal(true), company_id: z.uuid(), notified_searches: z.number().int() }), ...errorResponses(404) },
    },
    handler: async (request) => {
      const erased = await erasePersonAndNotify(deps.db, deps.jobs, request.params.prospect_id);
      return { erased: true as const, company_id: erased.companyId, notified_searches: erased.notifiedSearches };
    },
  });
}
