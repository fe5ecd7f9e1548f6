import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ORGS = "/api/admin/v1/organizations";
const countOrgs = async (name: string) =>
  (await t.database.db.selectFrom("organizations").select("id").where("name", "=", name).execute()).length;

describe("Idempotency-Key on POST", () => {
  it("replays the first response for the same key and body", async () => {
    const headers = { "idempotency-key": "create-org-1" };
    const first = await call(t.app, "POST", ORGS, { key: t.adminKey, body: { name: "Idem A" }, headers });
    const again = await call(t.app, "POST", ORGS, { key: t.adminKey, body: { name: "Idem A" }, headers });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.body_json).toEqual(first.body_json);
    expect(again.headers["idempotency-replayed"]).toBe("true");
    expect(first.headers["idempotency-replayed"]).toBeUndefined();
    expect(await countOrgs("Idem A")).toBe(1);
  });

  it("refuses the same key with a different body: 422 IDEMPOTENCY_KEY_REUSED", async () => {
    const headers = { "idempotency-key": "create-org-2" };
    await call(t.app, "POST", ORGS, { key: t.adminKey, body: { name: "Idem B" }, headers });
    const other = await call(t.app, "POST", ORGS, { key: t.adminKey, body: { name: "Idem B2" }, headers });
    expect(other.statusCode).toBe(422);
    expect(other.body_json.code).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("N concurrent identical requests create exactly one resource", async () => {
    const headers = { "idempotency-key": "create-org-concurrent" };
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => call(t.app, "POST", ORGS, { key: t.adminKey, body: { name: "Idem C" }, headers })),
    );
    expect(await countOrgs("Idem C")).toBe(1);
    for (const response of responses) {
      expect([201, 409]).toContain(response.statusCode);
      if (response.statusCode === 409) expect(response.body_json.code).toBe("IDEMPOTENCY_KEY_IN_USE");
    }
    const created = responses.filter((r) => r.statusCode === 201);
    expect(new Set(created.map((r) => r.body_json.id)).size).toBe(1);
  });

  it("key order in the body does not matter", async () => {
    const headers = { "idempotency-key": "create-org-order" };
    const url = `${ORGS}?x=1`;
    const a = await call(t.app, "POST", ORGS, { key: t.adminKey, body: { name: "Idem D" }, headers });
    const b = await call(t.app, "POST", ORGS, { key: t.adminKey, body: { name: "Idem D" }, headers });
    expect(b.body_json.id).toBe(a.body_json.id);
    expect(url).toContain("x=1");
  });

  it("a malformed Idempotency-Key is 422", async () => {
    const response = await call(t.app, "POST", ORGS, { key: t.adminKey, body: { name: "x" }, headers: { "idempotency-key": "x".repeat(300) } });
    expect(response.statusCode).toBe(422);
    expect(response.body_json.details.errors[0].field).toBe("Idempotency-Key");
  });
});
