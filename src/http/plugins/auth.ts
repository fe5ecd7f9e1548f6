import type { FastifyInstance, FastifyRequest } from "fastify";
import { authenticateAdminKey } from "../../core/admin-keys/authenticate.ts";
import { createApiKeyAuthenticator } from "../../core/api-keys/authenticator.ts";
import { ForbiddenError, RateLimitedError, UnauthorizedError } from "../../core/errors.ts";
import { missingScopes } from "../../core/scopes.ts";
import type { AppDeps } from "../deps.ts";

/** Bearer auth, scope checks and per-key rate limits, driven by each route's `config.auth`. */
export function registerAuth(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;
  const apiKeys = deps.apiKeys ?? createApiKeyAuthenticator(db);
  if (!deps.apiKeys) app.addHook("onClose", () => apiKeys.close());
  app.addHook("onRequest", async (request, reply) => {
    const auth = request.routeOptions.config?.auth;
    if (!auth || auth.kind === "none") return;
    const key = bearerToken(request);
    if (auth.kind === "admin") {
      request.principal = await authenticateAdminKey(db, key);
      return;
    }
    const { principal, rate } = await apiKeys.authenticate(key);
    request.principal = principal;
    reply.header("RateLimit-Limit", String(rate.limit));
    reply.header("RateLimit-Remaining", String(rate.remaining));
    reply.header("RateLimit-Reset", String(rate.resetSeconds));
    if (rate.exceeded) throw new RateLimitedError(rate.resetSeconds, rate.limit);
    const missing = missingScopes(principal.scopes, auth.scopes);
    if (missing.length) {
      throw new ForbiddenError(`Missing required scopes: ${missing.join(", ")}`, {
        required_scopes: auth.scopes,
        user_scopes: principal.scopes,
      });
    }
  });
}

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match) throw new UnauthorizedError("Missing API key: send 'Authorization: Bearer <key>'");
  return match[1];
}
