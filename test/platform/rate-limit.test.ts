import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/http/app.ts";
import { updateOrganization } from "../../src/core/organizations/update.ts";
import { createDb } from "../../src/db/database.ts";
import { createPool } from "../../src/db/pool.ts";
import { createTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import type { FastifyInstance } from "fastify";

let t: TestApp;
let second: { app: FastifyInstance; close: () => Promise<void> };

// Two app instances with their own pools stand in for two API processes on one database.
beforeAll(async () => {
  t = await startTestApp();
  const pool = createPool(t.database.url, { max: 2 });
  const db = createDb(pool);
  const app = await buildApp({ db, jobs: t.jobs, secrets: t.secrets }, { logLevel: "silent" });
  second = { app, close: async () => { await app.close(); await db.destroy(); } };
});
afterAll(async () => {
  await second.close();
  await t.close();
});

describe("rate limits", () => {
  it("hold across two API processes sharing one database", async () => {
    const tenant = await createTenant(t.database.db);
    await updateOrganization(t.database.db, tenant.organizationId, { rate_limit_tier: "enterprise", rate_limit_per_hour: 6 });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const app = i % 2 === 0 ? t.app : second.app;
      statuses.push((await call(app, "GET", "/api/v1/auth/validate", { key: tenant.key })).statusCode);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(6);
    expect(statuses.filter((s) => s === 429)).toHaveLength(4);
  });

  it("a 429 carries the documented body, Retry-After and RateLimit headers", async () => {
    const tenant = await createTenant(t.database.db);
    await updateOrganization(t.database.db, tenant.organizationId, { rate_limit_tier: "enterprise", rate_limit_per_hour: 1 });
    await call(t.app, "GET", "/api/v1/auth/validate", { key: tenant.key });
    const limited = await call(second.app, "GET", "/api/v1/auth/validate", { key: tenant.key });
    expect(limited.statusCode).toBe(429);
    expect(limited.body_json).toMatchObject({ code: "RATE_LIMIT_EXCEEDED", details: { retry_after: expect.any(Number) } });
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.headers["ratelimit-limit"]).toBe("1");
    expect(limited.headers["ratelimit-remaining"]).toBe("0");
  });

  it("the burst window stops a flood before the hourly limit", async () => {
    const tenant = await createTenant(t.database.db);
    await updateOrganization(t.database.db, tenant.organizationId, { rate_limit_tier: "pro" });
    const statuses = await Promise.all(
      Array.from({ length: 80 }, (_, i) => call(i % 2 ? t.app : second.app, "GET", "/api/v1/auth/validate", { key: tenant.key })),
    ).then((responses) => responses.map((r) => r.statusCode));
    // pro: 1,000/hour and 50 per 10 s; a window boundary inside the burst can let one more window through
    const ok = statuses.filter((s) => s === 200).length;
    expect(ok).toBeGreaterThanOrEqual(50);
    expect(ok).toBeLessThanOrEqual(80);
    expect(statuses.filter((s) => s === 429).length).toBe(80 - ok);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  });
});
