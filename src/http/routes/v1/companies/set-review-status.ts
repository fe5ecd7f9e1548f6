import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { CompanySchema } from "../../../../core/companies/schemas.ts";
import { setCompanyReviewStatus, SetReviewStatusInputSchema } from "../../../../core/companies/set-review-status.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

// The review decision belongs to the search's lead inbox, so it needs the search write scope.
const auth: RouteAuth = { kind: "api_key", scopes: ["prospect_searches:write"] };

export function registerSetCompanyReviewStatus(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().patch("/api/v1/companies/:company_id", {
    config: { auth },
    schema: {
      tags: ["Companies"],
      summary: "Set a company's review status in one prospect search",
      description: "accepted, rejected or pending (the default); filter on it with GET /api/v1/companies?review_status=…",
      ...authDocs(auth),
      params: UuidParam("company_id"),
      body: SetReviewStatusInputSchema,
      response: { 200: CompanySchema, ...errorResponses(404) },
    },
    handler: async (request) => setCompanyReviewStatus(deps.db, tenantOf(request), request.params.company_id, request.body),
  });
}
