import type { FastifyRequest } from "fastify";
import type { AdminPrincipal, ApiKeyPrincipal, Principal, Tenant } from "../core/context.ts";
import type { Scope } from "../core/scopes.ts";

/** Declared once per route: the auth plugin enforces it and the OpenAPI document shows it. */
export type RouteAuth = { kind: "none" } | { kind: "api_key"; scopes: Scope[] } | { kind: "admin" };

declare module "fastify" {
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

export function apiKeyPrincipal(request: FastifyRequest): ApiKeyPrincipal {
  const principal = request.principal;
  if (principal?.kind !== "api_key") throw new Error("Route reached without an API key principal");
  return principal;
}

export function tenantOf(request: FastifyRequest): Tenant {
  return apiKeyPrincipal(request).tenant;
}

export function adminPrincipal(request: FastifyRequest): AdminPrincipal {
  const principal = request.principal;
  if (principal?.kind !== "admin") throw new Error("Route reached without an admin principal");
  return principal;
}

/** The `schema` fragment that documents a route's auth in OpenAPI. */
export function authDocs(auth: RouteAuth): { security?: Record<string, string[]>[]; description?: string } {
  if (auth.kind === "none") return { security: [] };
  if (auth.kind === "admin") return { security: [{ adminKey: [] }], description: "Operator (admin) key required." };
  const scopes = auth.scopes.length ? auth.scopes.join(", ") : "any active API key";
  return { security: [{ apiKey: auth.scopes }], description: `Required scopes: ${scopes}.` };
}
