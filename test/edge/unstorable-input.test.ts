import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { findUnstorable } from "../../src/http/plugins/unstorable-input.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;
let blacklistId: string;
let orderId: string;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(t.database.db);
  blacklistId = (await call(t.app, "POST", "/api/v1/blacklists", { key: owner.key, body: { name: "Customers" } })).body_json.id;
  orderId = (await call(t.app, "POST", "/api/v1/orders", {
    key: owner.key,
    body: { order_type: "ENRICHMENT", companies: [{ company_name: "Example GmbH", website_url: "https://www.example.de" }] },
  })).body_json.order_id;
});
afterAll(() => t.close());

// The operations that answered 500 under fuzzing, plus the other places a string reaches PostgreSQL.
describe("characters PostgreSQL cannot store are a 422 at the edge", () => {
  it.each([
    ["POST", "/api/admin/v1/organizations", () => ({ name: "Acme\u0000 GmbH" }), "admin", "name"],
    ["POST", "/api/v1/blacklists", () => ({ name: "\u0000" }), "org", "name"],
    ["PATCH", () => `/api/v1/blacklists/${blacklistId}`, () => ({ description: "a\u0000b" }), "org", "description"],
    ["POST", () => `/api/admin/v1/orders/${orderId}/reject`, () => ({ message: "no\u0000" }), "admin", "message"],
    ["POST", "/api/v1/orders", () => ({ order_type: "ENRICHMENT", companies: [{ company_name: "x\u0000" }] }), "org", "companies[0].company_name"],
    ["POST", "/api/v1/blacklists", () => ({ name: "lone \ud800 surrogate" }), "org", "name"],
  ] as const)("%s %s", async (method, url, body, who, field) => {
    const response = await call(t.app, method, typeof url === "string" ? url : url(), { key: who === "admin" ? t.adminKey : owner.key, body: body() });
    expect(response.statusCode).toBe(422);
    expect(response.body_json).toMatchObject({ code: "VALIDATION_ERROR", request_id: expect.any(String) });
    expect(response.body_json.details.errors).toContainEqual(expect.objectContaining({ field, location: "body" }));
  });

  it("a NUL in an object key is refused too", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/blacklists",
      headers: { authorization: `Bearer ${owner.key}`, "content-type": "application/json" },
      payload: '{"name":"ok","x\\u0000":1}',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().details.errors[0]).toMatchObject({ field: "x\u0000", location: "body" });
  });

  it("a NUL in a query value (search) or a path id is a 422, not a database error", async () => {
    const search = await call(t.app, "GET", "/api/v1/prospects?search=a%00b", { key: owner.key });
    expect(search.statusCode).toBe(422);
    expect(search.body_json.details.errors[0]).toMatchObject({ field: "search", location: "query" });
    const path = await call(t.app, "GET", `/api/v1/blacklists/${blacklistId}%00`, { key: owner.key });
    expect(path.statusCode).toBe(422);
    expect(path.body_json.details.errors[0]).toMatchObject({ field: "id", location: "path" });
  });

  it("a deeply nested body is walked without exhausting the stack", async () => {
    const deep = `${"[".repeat(50_000)}"\\u0000"${"]".repeat(50_000)}`;
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/blacklists",
      headers: { authorization: `Bearer ${owner.key}`, "content-type": "application/json" },
      payload: `{"name":"ok","description":${deep}}`,
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
  });

  it("ordinary text, accents and emoji (surrogate pairs) still pass", async () => {
    const response = await call(t.app, "POST", "/api/v1/blacklists", { key: owner.key, body: { name: "Müller & Söhne 🚀 GmbH" } });
    expect(response.statusCode).toBe(201);
    expect(response.body_json.name).toBe("Müller & Söhne 🚀 GmbH");
  });
});

// A raw body (company imports read the request stream) once sent the walk through the socket and
// server cycles without end: the process grew to its heap limit on the first real upload.
describe("the walk enters only the parsed value, never a stream or a cycle twice", () => {
  it("a cyclic object is walked once: its bad string is reported once", () => {
    const cyclic: Record<string, unknown> = { name: "a\u0000b" };
    cyclic.self = cyclic;
    cyclic.list = [cyclic, { again: cyclic }];
    expect(findUnstorable(cyclic, "body")).toEqual([{ field: "name", location: "body", message: "Must not contain the NUL character (U+0000)" }]);
  });

  it("a stream body is left to its route", () => {
    const stream = Object.assign(new PassThrough(), { label: "x\u0000" });
    expect(findUnstorable(stream, "body")).toEqual([]);
    expect(findUnstorable({ file: Buffer.from("\u0000") }, "body")).toEqual([]);
  });
});
