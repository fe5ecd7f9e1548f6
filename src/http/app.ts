import Fastify, { type FastifyInstance } from "fastify";
import { randomUUID } from "node:crypto";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { AppDeps } from "./deps.ts";
import { registerOpenApi } from "./openapi.ts";
import { registerAuth } from "./plugins/auth.ts";
import { registerErrorHandling } from "./plugins/errors.ts";
import { registerIdempotency } from "./plugins/idempotency.ts";
import { registerDocs } from "./plugins/docs.ts";
import { registerDashboard } from "./plugins/dashboard.ts";
import { registerUnstorableInputCheck } from "./plugins/unstorable-input.ts";
import { registerRoutes } from "./routes/index.ts";
import { requestLogFields } from "./log-serializers.ts";

export interface AppOptions {
  logLevel?: string;
  bodyLimitBytes?: number;
  /** Where log lines go (stdout by default); tests capture them to prove no secret is logged. */
  logStream?: { write(line: string): void };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? "info",
      // Keys and webhook secrets must never reach a log line.
      // No personal data either: query values (search=) never reach a log line.
      serializers: { req: requestLogFields },
      redact: { paths: ["req.headers.authorization", "*.key", "*.auth_token", "*.secret", "*.signing_secret"], censor: "[redacted]" },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    bodyLimit: options.bodyLimitBytes ?? 10 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  // The API speaks JSON only; anything else is a 415 rather than a confusing schema error.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onRequest", async (request, reply) => {
    reply.header("X-Request-Id", request.id);
  });
  registerErrorHandling(app);
  await registerOpenApi(app);
  registerAuth(app, deps);
  registerUnstorableInputCheck(app);
  registerIdempotency(app, deps.db, deps.secrets);
  registerRoutes(app, deps);
  await registerDocs(app);
  await registerDashboard(app);
  await app.ready();
  return app;
}
