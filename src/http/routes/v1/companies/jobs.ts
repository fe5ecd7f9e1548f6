import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listCompanyJobs } from "../../../../core/job-postings/list.ts";
import { JobSchema, ListJobsQuerySchema } from "../../../../core/job-postings/schemas.ts";
import { errorResponses, pageSchema, UuidParam } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["companies:read"] };

export function registerListCompanyJobs(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/companies/:company_id/jobs", {
    config: { auth },
    schema: {
      tags: ["Companies"],
      summary: "List a company's job listings",
      ...authDocs(auth),
      params: UuidParam("company_id"),
      querystring: ListJobsQuerySchema,
      response: { 200: pageSchema(JobSchema), ...errorResponses(404) },
    },
    handler: async (request) => listCompanyJobs(deps.db, tenantOf(request), request.params.company_id, request.query),
  });
}
