import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { JobsSummarySchema } from "../../../../core/job-postings/schemas.ts";
import { summarizeCompanyJobs } from "../../../../core/job-postings/summarize.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["companies:read"] };

export function registerCompanyJobsSummary(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/companies/:company_id/jobs/summary", {
    config: { auth },
    schema: {
      tags: ["Companies"],
      summary: "Summarize a company's hiring activity",
      ...authDocs(auth),
      params: UuidParam("company_id"),
      response: { 200: JobsSummarySchema, ...errorResponses(404) },
    },
    handler: async (request) => summarizeCompanyJobs(deps.db, tenantOf(request), request.params.company_id),
  });
}
