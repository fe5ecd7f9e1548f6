import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getCompany } from "../../../../core/companies/get.ts";
import { CompanySchema } from "../../../../core/companies/schemas.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["companies:read"] };

export function registerGetCompany(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/companies/:company_id", {
    config: { auth },
    schema: {
      tags: ["Companies"],
      summary: "Get a company",
      ...authDocs(auth),
      params: UuidParam("company_id"),
      response: { 200: CompanySchema, ...errorResponses(404) },
    },
    handler: async (request) => getCompany(deps.db, tenantOf(request), request.params.company_id),
  });
}
