import type { FastifyInstance } from "fastify";
import scalar from "@scalar/fastify-api-reference";

/** `/openapi.json` and the Scalar explorer at `/docs`; both public, like the docs site. */
export async function registerDocs(app: FastifyInstance): Promise<void> {
  app.get("/openapi.json", { schema: { hide: true }, config: { auth: { kind: "none" } } }, async () => app.swagger());
  // The explorer's own routes (page, assets) are public; declared here because auth is closed by default.
  await app.register(async (docs) => {
    docs.addHook("onRoute", (route) => {
      route.config = { ...route.config, auth: { kind: "none" } };
    });
    await docs.register(scalar, {
      routePrefix: "/docs",
      configuration: { url: "/openapi.json", title: "OpenProspect API reference" },
    });
  });
}
