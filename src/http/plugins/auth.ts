import type { FastifyInstance, FastifyRequest, RouteOptions } from "fastify";
import { authenticateAdminKey } from "../../core/admin-keys/authenticate.ts";
import { createApiKeyAuthenticator } from "../../core/api-keys/authenticator.ts";
import { ForbiddenError, RateLimitedError, UnauthorizedError } from "../../core/errors.ts";
import { missingScopes } from "../../core/scopes.ts";
import type { AppDeps } from "../deps.ts";
import type { RouteAuth } from "../route-auth.ts";

// What a route gets if it slipped past the start-up check: the strongest credential, never public.
const UNDECLARED: RouteAuth = { kind: "admin" };

/**
 * Bearer auth, scope checks and per-key rate limits, driven by each route's `config.auth`. Closed by
 * default: a route must declare itself public (`{ kind: "none" }`); one that declares nothing is
 * refused at start-up.
 */
export function registerAuth(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;
  const apiKeys = deps.apiKeys ?? createApiKeyAuthenticator(db);
  if (!deps.apiKeys) app.addHook("onClose", () => apiKeys.close());
  // Checked once all routes exist: a plugin may still declare its routes in its own onRoute hook.
  const routes: RouteOptions[] = [];
  app.addHook("onRoute", (route) => void routes.push(route));
  app.addHook("onReady", async () => {
    const undeclared = routes.filter((route) => !route.config?.auth).map((route) => `${String(route.method)} ${route.url}`);
    if (undeclared.length) throw new Error(`Routes without an auth declaration (set config.auth; { kind: "none" } if public): ${undeclared.join(", ")}`);
  });
  app.addHook("onRequest", async (request, reply) => {
    if (request.is404) return; // no route: the not-found handler answers, nothing is served
    const auth = request.routeOptions.config?.auth ?? UNDECLARED;
    if (auth.kind === "none") return;
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
