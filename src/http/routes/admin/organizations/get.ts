import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getOrganization } from "../../../../core/organizations/get.ts";
import { OrganizationSchema } from "../../../../core/organizations/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

export function registerGetOrganization(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/admin/v1/organizations/:org_id", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "Get an organization",
      ...authDocs(auth),
      params: UuidParam("org_id"),
      response: { 200: OrganizationSchema, ...errorResponses(404) },
    },
    handler: async (request) => getOrganization(deps.db, request.params.org_id),
  });
}
