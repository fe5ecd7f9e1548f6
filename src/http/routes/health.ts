import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DatabaseProbe } from "../../core/health/database-probe.ts";
import type { AppDeps } from "../deps.ts";

const HealthSchema = z.object({ service: z.string(), status: z.enum(["healthy", "degraded"]) });

export function registerHealth(app: FastifyInstance, deps: AppDeps): void {
  // Bounded: a health check that waits behind the workers' database work would call a busy process dead.
  const database = DatabaseProbe.of(deps.db);
  app.withTypeProvider<ZodTypeProvider>().get("/health", {
    config: { auth: { kind: "none" } },
    schema: { tags: ["System"], summary: "Service health",
      description: "Unauthenticated liveness and database check for load balancers: 200 `healthy`, 503 `degraded` when the database does not answer in time.",
      security: [], response: { 200: HealthSchema, 503: HealthSchema } },
    handler: async (_request, reply) => {
      const databaseUp = await database.isUp();
      return reply.code(databaseUp ? 200 : 503).send({ service: "OpenProspect API", status: databaseUp ? "healthy" : "degraded" });
    },
  });
}
