import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createSearchProfile } from "../../../../core/search-profiles/create.ts";
import { CreateSearchProfileInputSchema, SearchProfileCreationAcceptedSchema } from "../../../../core/search-profiles/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["orders:write"] };

export function registerCreateSearchProfile(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post("/api/v1/search-profile-creations", {
    config: { auth, idempotencyRequired: true },
    schema: {
      tags: ["Search Profiles"],
      summary: "Create a search profile (asynchronous)",
      ...authDocs(auth),
      description: `${authDocs(auth).description} The Idempotency-Key header is required; poll GET /api/v1/search-profile-creations/{id}.`,
      headers: z.object({ "idempotency-key": z.string().min(1).max(255).describe("Required; reuse only with the same body") }),
      body: CreateSearchProfileInputSchema,
      response: { 202: SearchProfileCreationAcceptedSchema, ...errorResponses(409) },
    },
    handler: async (request, reply) => reply.code(202).send(await createSearchProfile(deps.db, deps.jobs, tenantOf(request), request.body)),
  });
}
