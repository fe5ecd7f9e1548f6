import { expect, it } from "vitest";
import { revokeApiKey } from "../../src/core/api-keys/revoke.ts";
import { SCOPES, type Scope } from "../../src/core/scopes.ts";
import { addKey, expireKey, type TestTenant } from "./fixtures.ts";
import { call } from "./test-app.ts";
import type { TestApp } from "./test-app.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface SecuredRoute {
  method: Method;
  /** The URL of a resource owned by `owner` (created in the setup the caller passes). */
  url: () => string;
  scopes: Scope[];
  body?: () => unknown;
  /** When set: the same URL called with ANOTHER organization's full-access key must be 404. */
  crossTenant?: { otherKey: () => string; expectedCode?: string };
}

export interface SecurityContext {
  testApp: () => TestApp;
  owner: () => TestTenant;
}

/**
 * The standard checks every route gets: no key 401, malformed/revoked/expired key 401, missing
 * scope 403 with details, another organization's id 404.
 */
export function standardSecurityChecks(ctx: SecurityContext, route: SecuredRoute): void {
  const send = (key: string | null) =>
    call(ctx.testApp().app, route.method, route.url(), { key, body: route.body?.() });

  it(`${route.method} without a key is 401 UNAUTHORIZED`, async () => {
    const response = await send(null);
    expect(response.statusCode).toBe(401);
    expect(response.body_json).toMatchObject({ code: "UNAUTHORIZED", request_id: expect.any(String) });
  });

  it(`${route.method} with a malformed key is 401`, async () => {
    for (const bad of ["lnc_live_short", "Basic abc", "lnc_live_" + "x".repeat(32) + "!", "lnc_admin_" + "A".repeat(32)]) {
      expect((await send(bad)).statusCode).toBe(401);
    }
  });

  it(`${route.method} with a revoked or expired key is 401`, async () => {
    const db = ctx.testApp().database.db;
    const revoked = await addKey(db, ctx.owner().organizationId);
    await revokeApiKey(db, revoked.keyId);
    expect((await send(revoked.key)).statusCode).toBe(401);
    const expired = await addKey(db, ctx.owner().organizationId);
    await expireKey(db, expired.keyId);
    expect((await send(expired.key)).statusCode).toBe(401);
  });

  if (route.scopes.length) {
    it(`${route.method} without ${route.scopes.join(" + ")} is 403 AUTHORIZATION_ERROR`, async () => {
      const otherScopes = SCOPES.filter((scope) => !route.scopes.includes(scope));
      const limited = await addKey(ctx.testApp().database.db, ctx.owner().organizationId, { scopes: otherScopes });
      const response = await send(limited.key);
      expect(response.statusCode).toBe(403);
      expect(response.body_json.code).toBe("AUTHORIZATION_ERROR");
      expect(response.body_json.details.required_scopes).toEqual(route.scopes);
      expect(response.body_json.details.user_scopes).toEqual(otherScopes);
    });
  }

  if (route.crossTenant) {
    const crossTenant = route.crossTenant;
    it(`${route.method} on another organization's resource is 404`, async () => {
      const response = await send(crossTenant.otherKey());
      expect(response.statusCode).toBe(404);
      if (crossTenant.expectedCode) expect(response.body_json.code).toBe(crossTenant.expectedCode);
      expect(JSON.stringify(response.body_json)).not.toContain(ctx.owner().organizationId);
    });
  }
}
