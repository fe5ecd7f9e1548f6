import type { Scope } from "./scopes.ts";

/**
 * Whose data a call may touch. Test-mode keys see an isolated copy of their organization, so the
 * pair (organizationId, testMode) is the tenant every core query filters on.
 */
export interface Tenant {
  organizationId: string;
  testMode: boolean;
}

export interface ApiKeyPrincipal {
  kind: "api_key";
  keyId: string;
  tenant: Tenant;
  scopes: Scope[];
  rateLimit: { perHour: number; burstPer10s: number };
}

export interface AdminPrincipal {
  kind: "admin";
  keyId: string;
}

export type Principal = ApiKeyPrincipal | AdminPrincipal;
