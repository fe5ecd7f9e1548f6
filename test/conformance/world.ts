import { expect } from "vitest";
import type { CallOptions } from "../support/test-app.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { OpenApiClient } from "../support/openapi-client.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What every scenario of the conformance suite shares: one app, one schema-checking client. */
export interface World {
  t: TestApp;
  api: OpenApiClient;
  /** The integrating organization (full-access live key). */
  owner: TestTenant;
  /** Another organization, whose key must never see the owner's objects. */
  other: TestTenant;
  /** A call with the owner's key unless `options.key` says otherwise; every response is schema-checked. */
  as(method: Method, url: string, options?: CallOptions): ReturnType<OpenApiClient["call"]>;
  admin(method: Method, url: string, body?: unknown): ReturnType<OpenApiClient["call"]>;
}

export const world = {} as World;

export async function startWorld(): Promise<void> {
  world.t = await startTestApp();
  world.api = new OpenApiClient(() => world.t.app);
  world.owner = await createTenant(world.t.database.db, { name: "Integrating organization" });
  world.other = await createTenant(world.t.database.db, { name: "Other organization" });
  world.as = (method, url, options = {}) => world.api.call(method, url, { key: world.owner.key, ...options });
  world.admin = (method, url, body) => world.api.call(method, url, { key: world.t.adminKey, body });
}

export const NOWHERE = "00000000-0000-4000-8000-000000000000";

/** The documented not-found body (api-reference.txt "Error Response"). */
export function notFoundBody(code: string, resourceType: string, identifier: string) {
  return { code, message: `${resourceType} with identifier ${identifier} not found`, resource_type: resourceType, identifier, request_id: expect.any(String) };
}
