import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProspectSearch } from "../support/companies-fixtures.ts";
import type { TestTenant } from "../support/fixtures.ts";
import { startLoggedApp, type LoggedApp } from "../support/logged-app.ts";
import { call, type TestApp } from "../support/test-app.ts";
import type { FastifyInstance } from "fastify";

let t: TestApp;
let owner: TestTenant;
let logged: FastifyInstance;
let lines: string[];
let app: LoggedApp;

beforeAll(async () => {
  app = await startLoggedApp();
  ({ t, owner, logged, lines } = app);
});
afterAll(() => app.close());

describe("structured logs", () => {
  it("never contain an API key, an admin key, a webhook token or a signing secret, even at trace level", async () => {
    const searchId = await createProspectSearch(t.database.db, { organizationId: owner.organizationId, testMode: false });
    const created = await call(logged, "POST", `/api/v1/deliveries/${searchId}/destinations`, {
      key: owner.key,
      body: { type: "webhook", url: "https://crm.example.com/hook", auth_type: "bearer", auth_token: "tok_very_secret_value" },
    });
    expect(created.statusCode).toBe(201);
    await call(logged, "GET", "/api/admin/v1/organizations", { key: t.adminKey });
    await call(logged, "GET", "/api/v1/auth/validate", { key: "lnc_live_" + "Z".repeat(32) });
    await call(logged, "POST", "/api/v1/orders", { key: owner.key, body: "{not json" as unknown as object });
    const output = lines.join("\n");
    expect(lines.length).toBeGreaterThan(4);
    for (const secret of [owner.key, t.adminKey, "tok_very_secret_value", created.body_json.signing_secret, "Z".repeat(32)]) {
      expect(output).not.toContain(secret);
    }
  });
});
