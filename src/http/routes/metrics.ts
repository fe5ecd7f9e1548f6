import type { FastifyInstance } from "fastify";
import { readOperationalStats } from "../../core/operations/read-operational-stats.ts";
import { metrics } from "../../metrics/instruments.ts";
import { gaugeText } from "../../metrics/registry.ts";
import type { AppDeps } from "../deps.ts";
import type { RouteAuth } from "../route-auth.ts";

const auth: RouteAuth = { kind: "admin" };

/** Prometheus text format; operators scrape it with their admin key as bearer token. */
export function registerMetrics(app: FastifyInstance, deps: AppDeps): void {
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  app.get("/metrics", { config: { auth }, schema: { hide: true } }, async (_request, reply) => {
    const stats = await readOperationalStats(deps.db);
    const body = [
      gaugeText("openprospect_jobs", "Jobs in the queue by task and state (all processes)", stats.jobs.map((j) => ({ labels: { task: j.name, state: j.state }, value: j.count }))),
      gaugeText("openprospect_webhook_attempts", "Webhook delivery attempts by outcome (all processes)", stats.webhookAttempts.map((a) => ({ labels: { outcome: a.outcome }, value: a.count }))),
      ...Object.values(metrics).map((instrument) => instrument.text()),
    ].join("\n\n");
    return reply.type("text/plain; version=0.0.4").send(`${body}\n`);
  });
}
