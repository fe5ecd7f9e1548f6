import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { PageQuerySchema } from "../../../../core/pagination.ts";
import { listCompanyTechnologies } from "../../../../core/technologies/list.ts";
import { TechnologySchema } from "../../../../core/technologies/schemas.ts";
import { errorResponses, pageSchema, UuidParam } from "../../../schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["companies:read"] };

export function registerListCompanyTechnologies(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/companies/:company_id/webtech-intel", {
    config: { auth },
    schema: {
      tags: ["Companies"],
      summary: "List a company's technology stack",
      ...authDocs(auth),
      params: UuidParam("company_id"),
      querystring: PageQuerySchema,
      response: { 200: pageSchema(TechnologySchema), ...errorResponses(404) },
    },
    handler: async (request) => listCompanyTechnologies(deps.db, tenantOf(request), request.params.company_id, request.query),
  });
}
