import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { OrganizationSchema, UpdateOrganizationInputSchema } from "../../../../core/organizations/schemas.ts";
import { updateOrganization } from "../../../../core/organizations/update.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

export function registerUpdateOrganization(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().patch("/api/admin/v1/organizations/:org_id", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "Update organization settings (name, rate-limit tier, auto-accept size, discovery crawl budget, monthly budget)",
      ...authDocs(auth),
      params: UuidParam("org_id"),
      body: UpdateOrganizationInputSchema,
      response: { 200: OrganizationSchema, ...errorResponses(404) },
    },
    handler: async (request) => updateOrganization(deps.db, request.params.org_id, request.body),
  });
}
