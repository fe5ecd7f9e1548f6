import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ORGS = "/api/admin/v1/organizations";

describe("bad input never yields a 500", () => {
  it("malformed JSON is 400 INVALID_JSON", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: ORGS,
      headers: { authorization: `Bearer ${t.adminKey}`, "content-type": "application/json" },
      payload: '{"name": "x",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: "INVALID_JSON", request_id: expect.any(String) });
  });

  it("wrong types and unknown fields are 422 naming the field", async () => {
    const wrongType = await call(t.app, "POST", ORGS, { key: t.adminKey, body: { name: 42 } });
    expect(wrongType.statusCode).toBe(422);
    expect(wrongType.body_json.details.errors).toEqual([expect.objectContaining({ field: "name", location: "body" })]);
    const unknown = await call(t.app, "POST", ORGS, { key: t.adminKey, body: { name: "x", colour: "red" } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body_json.details.errors[0].field).toBe("colour");
  });

  it("a huge body is 413 PAYLOAD_TOO_LARGE", async () => {
    const response = await call(t.app, "POST", ORGS, { key: t.adminKey, body: { name: "x".repeat(3 * 1024 * 1024) } });
    expect(response.statusCode).toBe(413);
    expect(response.body_json.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("a non-JSON content type is 415", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: ORGS,
      headers: { authorization: `Bearer ${t.adminKey}`, "content-type": "text/plain" },
      payload: "name=x",
    });
    expect(response.statusCode).toBe(415);
  });

  it("an invalid UUID in the path is 422", async () => {
    const response = await call(t.app, "GET", `${ORGS}/not-a-uuid`, { key: t.adminKey });
    expect(response.statusCode).toBe(422);
    expect(response.body_json.details.errors[0]).toMatchObject({ field: "org_id", location: "path" });
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["offset=-1", "offset"],
    ["limit=abc", "limit"],
  ])("%s is 422", async (query, field) => {
    const response = await call(t.app, "GET", `${ORGS}?${query}`, { key: t.adminKey });
    expect(response.statusCode).toBe(422);
    expect(response.body_json.details.errors[0]).toMatchObject({ field, location: "query" });
  });

  it("pagination envelope has items, total, limit, offset, has_more", async () => {
    for (let i = 0; i < 4; i++) await call(t.app, "POST", ORGS, { key: t.adminKey, body: { name: `Org ${i}` } });
    const page = await call(t.app, "GET", `${ORGS}?limit=2&offset=1`, { key: t.adminKey });
    expect(page.body_json).toMatchObject({ limit: 2, offset: 1, has_more: true });
    expect(page.body_json.items).toHaveLength(2);
    expect(page.body_json.total).toBeGreaterThanOrEqual(3);
  });

  it("an unknown route is a JSON 404 with a request id", async () => {
    const response = await call(t.app, "GET", "/api/v1/nope", { headers: { "x-request-id": "trace-123" } });
    expect(response.statusCode).toBe(404);
    expect(response.body_json).toEqual({ code: "NOT_FOUND", message: "Route GET /api/v1/nope not found", request_id: "trace-123" });
    expect(response.headers["x-request-id"]).toBe("trace-123");
  });
});
