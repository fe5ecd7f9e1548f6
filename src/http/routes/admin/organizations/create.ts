import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createOrganization } from "../../../../core/organizations/create.ts";
import { CreateOrganizationInputSchema, OrganizationSchema } from "../../../../core/organizations/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

export function registerCreateOrganization(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post("/api/admin/v1/organizations", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "Create an organization",
      ...authDocs(auth),
      body: CreateOrganizationInputSchema,
      response: { 201: OrganizationSchema, ...errorResponses() },
    },
    handler: async (request, reply) => reply.code(201).send(await createOrganization(deps.db, request.body)),
  });
}
