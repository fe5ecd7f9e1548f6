import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { TechnologySummarySchema } from "../../../../core/technologies/schemas.ts";
import { summarizeCompanyTechnologies } from "../../../../core/technologies/summarize.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["companies:read"] };

export function registerCompanyTechnologySummary(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/companies/:company_id/webtech-intel/summary", {
    config: { auth },
    schema: {
      tags: ["Companies"],
      summary: "Count a company's technologies by category",
      ...authDocs(auth),
      params: UuidParam("company_id"),
      response: { 200: TechnologySummarySchema, ...errorResponses(404) },
    },
    handler: async (request) => summarizeCompanyTechnologies(deps.db, tenantOf(request), request.params.company_id),
  });
}
