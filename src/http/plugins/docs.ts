import type { FastifyInstance } from "fastify";
import scalar from "@scalar/fastify-api-reference";

/** `/openapi.json` and the Scalar explorer at `/docs`; both public, like the docs site. */
export async function registerDocs(app: FastifyInstance): Promise<void> {
  app.get("/openapi.json", { schema: { hide: true }, config: { auth: { kind: "none" } } }, async () => app.swagger());
  await app.register(scalar, {
    routePrefix: "/docs",
    configuration: { url: "/openapi.json", title: "OpenProspect API reference" },
  });
}
