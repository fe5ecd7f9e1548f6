import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAuth } from "../../src/http/plugins/auth.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("authentication is closed by default", () => {
  it("an app with a route that declares no auth refuses to start", async () => {
    const app = Fastify({ logger: false });
    registerAuth(app, { db: t.database.db, jobs: t.jobs, secrets: t.secrets });
    app.get("/forgot-to-declare", async () => ({ secret: true }));
    app.get("/declared-public", { config: { auth: { kind: "none" } } }, async () => ({ ok: true }));
    await expect(app.ready()).rejects.toThrow(/GET \/forgot-to-declare/);
    await app.close().catch(() => undefined);
  });

  it("a plugin can declare its routes public; the real app starts and serves /docs, /openapi.json and /health without a key", async () => {
    for (const url of ["/health", "/openapi.json", "/docs"]) {
      const response = await call(t.app, "GET", url);
      expect([200, 301, 302]).toContain(response.statusCode);
    }
  });

  it("unknown routes are still a 404 with a code, with or without a key", async () => {
    const response = await call(t.app, "GET", "/api/v1/nothing-here");
    expect(response.statusCode).toBe(404);
    expect(response.body_json.code).toBe("NOT_FOUND");
  });

  it("every operation in the OpenAPI document that is not public refuses a request without a key", async () => {
    const document = (await call(t.app, "GET", "/openapi.json")).body_json as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (operation.security?.length === 0) continue;
        const url = path.replace(/\{[^}]+\}/g, "018f0000-0000-7000-8000-000000000000");
        const response = await call(t.app, method.toUpperCase() as "GET", url, { body: method === "get" || method === "delete" ? undefined : {} });
        expect(response.statusCode, `${method} ${path}`).toBe(401);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
