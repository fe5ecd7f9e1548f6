import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { apiKeyPrincipal, authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: [] };

export function registerValidateKey(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/auth/validate", {
    config: { auth },
    schema: {
      tags: ["Authentication"],
      summary: "Validate the API key and list its scopes",
      ...authDocs(auth),
      response: { 200: z.object({ valid: z.literal(true), scopes: z.array(z.string()) }), ...errorResponses() },
    },
    handler: async (request) => ({ valid: true as const, scopes: apiKeyPrincipal(request).scopes }),
  });
}
