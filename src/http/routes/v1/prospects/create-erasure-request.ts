import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createErasureRequest } from "../../../../core/erasure-requests/create.ts";
import { CreateErasureRequestSchema, ErasureRequestSchema } from "../../../../core/erasure-requests/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["prospects:read"] };

export function registerCreateErasureRequest(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post("/api/v1/prospects/:prospect_id/erasure-requests", {
    config: { auth },
    schema: {
      tags: ["Prospects"],
      summary: "File an erasure or objection request for a prospect; it waits for the operator (202)",
      ...authDocs(auth),
      params: UuidParam("prospect_id"),
      body: CreateErasureRequestSchema,
      response: { 202: ErasureRequestSchema, ...errorResponses(404) },
    },
    handler: async (request, reply) =>
      reply.code(202).send(await createErasureRequest(deps.db, tenantOf(request), request.params.prospect_id, request.body)),
  });
}
