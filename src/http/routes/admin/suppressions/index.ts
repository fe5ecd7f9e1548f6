import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { createSuppression } from "../../../../core/suppressions/create.ts";
import { listSuppressions } from "../../../../core/suppressions/list.ts";
import { removeSuppression } from "../../../../core/suppressions/remove.ts";
import { CreateSuppressionSchema, ListSuppressionsQuerySchema, SuppressionSchema } from "../../../../core/suppressions/schemas.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

/** The suppression list: values that are never collected or delivered again (kept as hashes only). */
export function registerSuppressionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post("/api/admin/v1/suppressions", {
    config: { auth },
    schema: {
      tags: ["Admin"],
      summary: "Suppress an e-mail, a person (name + company domain) or a whole domain; only its hash is stored",
      ...authDocs(auth),
      body: CreateSuppressionSchema,
      response: { 201: SuppressionSchema, ...errorResponses() },
    },
    handler: async (request, reply) => reply.code(201).send(await createSuppression(deps.db, request.body)),
  });
  typed.get("/api/admin/v1/suppressions", {
    config: { auth },
    schema: { tags: ["Admin"], summary: "List suppressions, newest first", ...authDocs(auth), querystring: ListSuppressionsQuerySchema, response: { 200: pageSchema(SuppressionSchema), ...errorResponses() } },
    handler: async (request) => listSuppressions(deps.db, request.query),
  });
  typed.delete("/api/admin/v1/suppressions/:suppression_id", {
    config: { auth },
    schema: { tags: ["Admin"], summary: "Lift a suppression", ...authDocs(auth), params: UuidParam("suppression_id"), response: { 204: z.null().describe("Deleted"), ...errorResponses(404) } },
    handler: async (request, reply) => {
      await removeSuppression(deps.db, request.params.suppression_id);
      return reply.code(204).send(null);
    },
  });
}
