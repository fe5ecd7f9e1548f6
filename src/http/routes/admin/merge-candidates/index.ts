import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listMergeCandidates } from "../../../../core/companies/merge-candidates/list.ts";
import { resolveMergeCandidate } from "../../../../core/companies/merge-candidates/resolve.ts";
import { ListMergeCandidatesQuerySchema, MergeCandidateSchema } from "../../../../core/companies/merge-candidates/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

/** Crawls that resembled a company with another domain: kept apart until an operator decides. */
export function registerMergeCandidateRoutes(app: FastifyInstance, deps: AppDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get("/api/admin/v1/merge-candidates", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "List merge candidates, oldest first (status=pending is the review queue)",
      ...authDocs(auth),
      querystring: ListMergeCandidatesQuerySchema,
      response: { 200: pageSchema(MergeCandidateSchema), ...errorResponses() },
    },
    handler: async (request) => listMergeCandidates(deps.db, request.query),
  });
  for (const action of ["approve", "dismiss"] as const) {
    typed.post(`/api/admin/v1/merge-candidates/:candidate_id/${action}`, {
      config: { auth },
      schema: {
        tags: ["Admin"],
        summary: action === "approve" ? "Approve: merge the crawl's company into the known one" : "Dismiss: keep both companies apart",
        ...authDocs(auth),
        params: UuidParam("candidate_id"),
        response: { 200: MergeCandidateSchema, ...errorResponses(404, 409) },
      },
      handler: async (request) => resolveMergeCandidate(deps.db, request.params.candidate_id, action === "approve" ? "merge" : "dismiss"),
    });
  }
}
