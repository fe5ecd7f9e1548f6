import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { eraseCompanyAndNotify } from "../../../../core/companies/erase-and-notify.ts";
import { mergeCompanies } from "../../../../core/companies/merge.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };
// Operators act on both worlds; every answer says which one the company belongs to.
const World = z.boolean().describe("true: the company is test-mode (demonstration) data, seen only by test keys");

export function registerCompanyErasureAndMerge(app: FastifyInstance, deps: AppDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post("/api/admin/v1/companies/:company_id/erase", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "Erase a company (GDPR erasure/objection): data deleted, domain suppressed, feeds and webhooks told",
      ...authDocs(auth),
      params: UuidParam("company_id"),
      response: { 200: z.object({ erased: z.literal(true), notified_searches: z.number().int(), test_mode: World }), ...errorResponses(404) },
    },
    handler: async (request) => {
      const { notifiedSearches, testMode } = await eraseCompanyAndNotify(deps.db, deps.jobs, request.params.company_id);
      return { erased: true as const, notified_searches: notifiedSearches, test_mode: testMode };
    },
  });
  const MergeBody = z.object({ into_company_id: z.uuid() }).strict();
  typed.post("/api/admin/v1/companies/:company_id/merge", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "Merge a duplicate company into another; feeds report it as merged",
      ...authDocs(auth),
      params: UuidParam("company_id"),
      body: MergeBody,
      response: { 200: z.object({ merged_into: z.uuid(), test_mode: World }), ...errorResponses(404, 409) },
    },
    handler: async (request) => {
      const { testMode } = await mergeCompanies(deps.db, request.params.company_id, request.body.into_company_id);
      return { merged_into: request.body.into_company_id, test_mode: testMode };
    },
  });
}
