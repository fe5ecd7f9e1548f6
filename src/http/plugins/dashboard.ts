import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fastifyStatic from "@fastify/static";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Where `npm run build:app` (run by `npm install` and, when missing, by `npm start`) writes the bundle. */
export const DASHBOARD_DIST = fileURLToPath(new URL("../../../app/dist", import.meta.url));

// The bundle loads only its own files and talks only to this origin's API.
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * The dashboard at /app: static files, public like /docs (the pages hold no data; every API call
 * carries the key the user signs in with). Without a build the route says how to make one.
 */
export async function registerDashboard(app: FastifyInstance, distDir = DASHBOARD_DIST): Promise<void> {
  await app.register(async (dashboard) => {
    dashboard.addHook("onRoute", (route) => {
      route.config = { ...route.config, auth: { kind: "none" } };
      route.schema = { ...route.schema, hide: true };
    });
    dashboard.addHook("onSend", async (_request, reply) => {
      reply.header("Content-Security-Policy", CSP);
      reply.header("X-Content-Type-Options", "nosniff");
      reply.header("Referrer-Policy", "no-referrer");
    });
    if (existsSync(distDir)) {
      await dashboard.register(fastifyStatic, { root: distDir, prefix: "/app/", index: false, wildcard: true });
      // The wildcard route leaves the bare prefix unanswered; /app and /app/ (trailing slash ignored) are the page.
      dashboard.get("/app", async (_request, reply) => reply.header("Cache-Control", "no-cache").sendFile("index.html"));
      return;
    }
    const notBuilt = async (_request: FastifyRequest, reply: FastifyReply) =>
      reply.code(503).type("text/plain; charset=utf-8").send("The dashboard is not built: run `npm run build:app` (npm install and npm start do it).\n");
    dashboard.get("/app", notBuilt);
    dashboard.get("/app/*", notBuilt);
  });
}
