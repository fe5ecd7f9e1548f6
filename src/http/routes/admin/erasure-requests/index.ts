import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listErasureRequests } from "../../../../core/erasure-requests/list.ts";
import { resolveErasureRequest } from "../../../../core/erasure-requests/resolve.ts";
import { ListErasureRequestsQuerySchema, QueuedErasureRequestSchema, ResolveErasureRequestSchema } from "../../../../core/erasure-requests/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

/** The operator's queue of clients' erasure and objection requests. */
export function registerErasureRequestQueue(app: FastifyInstance, deps: AppDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get("/api/admin/v1/erasure-requests", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "List erasure/objection requests, oldest first (status=pending is the queue)",
      ...authDocs(auth),
      querystring: ListErasureRequestsQuerySchema,
      response: { 200: pageSchema(QueuedErasureRequestSchema), ...errorResponses() },
    },
    handler: async (request) => listErasureRequests(deps.db, request.query),
  });
  typed.post("/api/admin/v1/erasure-requests/:request_id/resolve", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "Resolve a pending request: erase the person everywhere, or reject",
      ...authDocs(auth),
      params: UuidParam("request_id"),
      body: ResolveErasureRequestSchema,
      response: { 200: QueuedErasureRequestSchema, ...errorResponses(404, 409) },
    },
    handler: async (request) => resolveErasureRequest(deps.db, deps.jobs, request.params.request_id, request.body),
  });
}
