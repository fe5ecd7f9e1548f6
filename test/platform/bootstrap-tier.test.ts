import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimitFor } from "../../src/core/rate-limits/tiers.ts";
import { bootstrap } from "../../src/runtime/bootstrap.ts";
import { call } from "../support/test-app.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

// Issue 12: the organization created at first start belongs to the operator; on the free tier a
// first script met 429 within seconds.
describe("first start", () => {
  it("gives the first organization the configured tier; organizations created later start as free", async () => {
    const { printedKeys } = await bootstrap(t.database.db, { tier: "enterprise" });
    const key = printedKeys.find((printed) => printed.label.startsWith("API key"))!.key;
    const first = await t.database.db.selectFrom("organizations").select(["id", "rate_limit_tier"]).orderBy("created_at").executeTakeFirstOrThrow();
    expect(first.rate_limit_tier).toBe("enterprise");
    const burst = rateLimitFor("free", null).burstPer10s;
    for (let i = 0; i <= burst; i++) expect((await call(t.app, "GET", "/api/v1/auth/validate", { key })).statusCode).toBe(200);

    const later = await call(t.app, "POST", "/api/admin/v1/organizations", { key: t.adminKey, body: { name: "Customer GmbH" } });
    expect(later.body_json.rate_limit_tier).toBe("free");
    const chosen = await call(t.app, "POST", "/api/admin/v1/organizations", { key: t.adminKey, body: { name: "Partner GmbH", rate_limit_tier: "pro" } });
    expect(chosen.body_json.rate_limit_tier).toBe("pro");
  });
});
