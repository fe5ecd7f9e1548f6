import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import type { AppDeps } from "../deps.ts";

const HealthSchema = z.object({ service: z.string(), status: z.enum(["healthy", "degraded"]) });

export function registerHealth(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/health", {
    config: { auth: { kind: "none" } },
    schema: { tags: ["System"], summary: "Service health", security: [], response: { 200: HealthSchema, 503: HealthSchema } },
    handler: async (_request, reply) => {
      const databaseUp = await sql`SELECT 1`.execute(deps.db).then(() => true, () => false);
      return reply.code(databaseUp ? 200 : 503).send({ service: "OpenProspect API", status: databaseUp ? "healthy" : "degraded" });
    },
  });
}
