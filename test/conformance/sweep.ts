import { describe, expect, it } from "vitest";
import { SCOPES, type Scope } from "../../src/core/scopes.ts";
import { updateOrganization } from "../../src/core/organizations/update.ts";
import { addKey, createTenant } from "../support/fixtures.ts";
import { documentedOperations, loadCommittedDocument, type DocumentedOperation } from "../support/openapi-client.ts";
import { NOWHERE, world } from "./world.ts";

/** A concrete URL for an operation: every path parameter (and required uuid query) filled with `id`. */
function urlOf(op: DocumentedOperation, id: string): string {
  const path = op.path.replace(/\{[^}]+\}/g, id);
  const required = ((op.operation as { parameters?: { in: string; name: string; required?: boolean }[] }).parameters ?? []).filter((p) => p.in === "query" && p.required);
  return required.length ? `${path}?${required.map((p) => `${p.name}=${id}`).join("&")}` : path;
}

const scopesOf = (op: DocumentedOperation): Scope[] | null => (op.operation.security?.[0]?.apiKey as Scope[] | undefined) ?? null;
const hasParams = (op: DocumentedOperation) => op.path.includes("{");
const keyFor = (op: DocumentedOperation) => (op.operation.security?.[0]?.adminKey ? world.t.adminKey : world.owner.key);
const hasLimit = (op: DocumentedOperation) => ((op.operation as { parameters?: { name: string }[] }).parameters ?? []).some((p) => p.name === "limit");

// A valid body for each operation that takes one and addresses a resource, so the 404 is reached.
const VALID_BODIES: Record<string, unknown> = {
  "PATCH /api/admin/v1/organizations/{org_id}": { name: "Renamed" },
  "PATCH /api/admin/v1/price-list": {},
  "POST /api/admin/v1/organizations/{org_id}/api-keys": { name: "key", preset: "read_only" },
  "POST /api/admin/v1/orders/{order_id}/accept": { estimated_cost: 1 },
  "POST /api/admin/v1/orders/{order_id}/reject": { message: "No" },
  "POST /api/admin/v1/orders/{order_id}/cancel": {},
  "PATCH /api/v1/blacklists/{id}": { name: "Renamed" },
  "POST /api/v1/blacklists/{id}/entries": { entries: [{ company_name: "Acme GmbH" }] },
  "DELETE /api/v1/blacklists/{id}/entries": { entry_ids: [NOWHERE] },
  "PATCH /api/v1/prospect-searches/{id}": { version: 1, name: "Renamed" },
  "PATCH /api/v1/companies/{company_id}": { prospect_search_id: NOWHERE, review_status: "accepted" },
  "PUT /api/v1/prospect-searches/{id}/blacklists": { blacklist_ids: [] },
  "POST /api/v1/deliveries/{prospect_search_id}/destinations": { type: "webhook", url: "https://crm.example.com/in" },
  "POST /api/admin/v1/companies/{company_id}/merge": { into_company_id: "00000000-0000-4000-8000-000000000001" },
  "POST /api/admin/v1/erasure-requests/{request_id}/resolve": { action: "reject" },
  "POST /api/v1/prospects/{prospect_id}/erasure-requests": { kind: "erasure" },
};

function validBody(op: DocumentedOperation): unknown {
  const label = `${op.method} ${op.path}`;
  if (!op.operation.requestBody) return undefined;
  if (!(label in VALID_BODIES)) throw new Error(`Add a valid body for ${label} to VALID_BODIES`);
  return VALID_BODIES[label];
}

/**
 * Every operation of openapi.json, driven by the document itself: the documented error answers
 * must be the ones the product gives, with the documented bodies.
 */
export function documentSweep(): void {
  const operations = documentedOperations(loadCommittedDocument()).filter((op) => op.path !== "/health");

  describe("every documented operation: 401, 403, 404, 422 and 400 bodies", () => {
    it.each(operations.map((op) => [`${op.method} ${op.path}`, op] as const))("%s without a key is 401 UNAUTHORIZED", async (_label, op) => {
      const response = await world.api.call(op.method, urlOf(op, NOWHERE), { key: null });
      expect(response.statusCode).toBe(401);
      expect(response.body_json.code).toBe("UNAUTHORIZED");
    });

    const scoped = operations.filter((op) => scopesOf(op)?.length);
    it.each(scoped.map((op) => [`${op.method} ${op.path}`, op] as const))("%s without its documented scopes is 403 with details", async (_label, op) => {
      const required = scopesOf(op)!;
      const others = SCOPES.filter((scope) => !required.includes(scope));
      const limited = await addKey(world.t.database.db, world.owner.organizationId, { scopes: others });
      const response = await world.api.call(op.method, urlOf(op, NOWHERE), { key: limited.key });
      expect(response.statusCode).toBe(403);
      expect(response.body_json).toMatchObject({
        code: "AUTHORIZATION_ERROR",
        message: `Missing required scopes: ${required.join(", ")}`,
        details: { required_scopes: required, user_scopes: others },
      });
    });

    const admin = operations.filter((op) => op.operation.security?.[0]?.adminKey);
    it.each(admin.map((op) => [`${op.method} ${op.path}`, op] as const))("%s with an organization key is refused", async (_label, op) => {
      const response = await world.api.call(op.method, urlOf(op, NOWHERE), { key: world.owner.key });
      expect([401, 403]).toContain(response.statusCode);
    });

    const addressed = operations.filter((op) => hasParams(op) && op.operation.responses["404"]);
    it.each(addressed.map((op) => [`${op.method} ${op.path}`, op] as const))("%s on an unknown id is 404 with resource_type and identifier", async (_label, op) => {
      const response = await world.api.call(op.method, urlOf(op, NOWHERE), { key: keyFor(op), body: validBody(op) });
      expect(response.statusCode).toBe(404);
      expect(response.body_json).toMatchObject({ code: expect.stringMatching(/_NOT_FOUND$/), resource_type: expect.any(String), identifier: NOWHERE });
    });

    const invalid = operations.filter((op) => hasParams(op) || op.operation.requestBody);
    it.each(invalid.map((op) => [`${op.method} ${op.path}`, op] as const))("%s with an invalid id or body is 422 VALIDATION_ERROR", async (_label, op) => {
      const key = keyFor(op);
      const url = hasParams(op) ? urlOf(op, "not-a-uuid") : urlOf(op, NOWHERE);
      const body = op.operation.requestBody ? { not_a_documented_field: true } : undefined;
      const response = await world.api.call(op.method, url, { key, body, headers: { "idempotency-key": `sweep-${op.method}-${op.path}` } });
      expect(response.statusCode).toBe(422);
      expect(response.body_json).toMatchObject({ code: "VALIDATION_ERROR", details: { errors: expect.arrayContaining([expect.objectContaining({ field: expect.any(String), message: expect.any(String) })]) } });
    });

    const paged = operations.filter((op) => hasLimit(op) && !hasParams(op));
    it.each(paged.map((op) => [`${op.method} ${op.path}`, op] as const))("%s with limit=0 is 422 VALIDATION_ERROR", async (_label, op) => {
      const url = urlOf(op, NOWHERE);
      const response = await world.api.call(op.method, `${url}${url.includes("?") ? "&" : "?"}limit=0`, { key: keyFor(op) });
      expect(response.statusCode).toBe(422);
      expect(response.body_json.details.errors.map((e: { field: string }) => e.field)).toContain("limit");
    });

    it("every answer to an authenticated request carries the RateLimit headers (CONTRACT: every response)", async () => {
      const readOnly = await addKey(world.t.database.db, world.owner.organizationId, { preset: "read_only" });
      const answers = [
        await world.api.call("GET", "/api/v1/orders", { key: world.owner.key }),
        await world.api.call("GET", `/api/v1/orders/${NOWHERE}`, { key: world.owner.key }),
        await world.api.call("GET", "/api/v1/orders/not-a-uuid", { key: world.owner.key }),
        await world.api.call("POST", "/api/v1/blacklists", { key: readOnly.key, body: { name: "x" } }),
      ];
      expect(answers.map((a) => a.statusCode)).toEqual([200, 404, 422, 403]);
      for (const answer of answers) {
        expect(answer.headers, String(answer.statusCode)).toMatchObject({ "ratelimit-limit": expect.any(String), "ratelimit-remaining": expect.any(String), "ratelimit-reset": expect.any(String) });
      }
    });

    it("a key over its rate limit gets the documented 429 body with Retry-After", async () => {
      const limited = await createTenant(world.t.database.db, { name: "Tiny quota" });
      await updateOrganization(world.t.database.db, limited.organizationId, { rate_limit_tier: "enterprise", rate_limit_per_hour: 2 });
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await world.api.call("GET", "/api/v1/orders", { key: limited.key })).statusCode);
      expect(statuses).toEqual([200, 200, 429]);
      const refused = await world.api.call("GET", "/api/v1/blacklists", { key: limited.key });
      expect(refused.body_json).toMatchObject({ code: "RATE_LIMIT_EXCEEDED", details: { retry_after: expect.any(Number) } });
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    });

    const withBody = operations.filter((op) => op.operation.requestBody);
    it.each(withBody.map((op) => [`${op.method} ${op.path}`, op] as const))("%s with malformed JSON is 400 INVALID_JSON", async (_label, op) => {
      const response = await world.api.call(op.method, urlOf(op, NOWHERE), { key: keyFor(op), body: '{"broken', headers: { "content-type": "application/json" } });
      expect(response.statusCode).toBe(400);
      expect(response.body_json.code).toBe("INVALID_JSON");
    });
  });
}
