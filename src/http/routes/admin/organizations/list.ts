import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listOrganizations } from "../../../../core/organizations/list.ts";
import { OrganizationSchema } from "../../../../core/organizations/schemas.ts";
import { PageQuerySchema } from "../../../../core/pagination.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

export function registerListOrganizations(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/admin/v1/organizations", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "List organizations",
      ...authDocs(auth),
      querystring: PageQuerySchema,
      response: { 200: pageSchema(OrganizationSchema), ...errorResponses() },
    },
    handler: async (request) => listOrganizations(deps.db, request.query),
  });
}
