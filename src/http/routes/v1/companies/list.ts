import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listCompanies } from "../../../../core/companies/list.ts";
import { CompanySchema, ListCompaniesQuerySchema } from "../../../../core/companies/schemas.ts";
import { errorResponses, pageSchema } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["companies:read"] };

export function registerListCompanies(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/companies", {
    config: { auth },
    schema: {
      tags: ["Companies"],
      summary: "List the companies of a prospect search",
      ...authDocs(auth),
      querystring: ListCompaniesQuerySchema,
      response: { 200: pageSchema(CompanySchema), ...errorResponses(404) },
    },
    handler: async (request) => listCompanies(deps.db, tenantOf(request), request.query),
  });
}
