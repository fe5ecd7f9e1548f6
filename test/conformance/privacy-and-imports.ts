import { describe, expect, it } from "vitest";
import { recordSiteExtraction } from "../../src/core/companies/record-site-extraction.ts";
import { createProspectSearch, deliverCompany, extraction, person, tenantOf } from "../support/companies-fixtures.ts";
import { world } from "./world.ts";

async function waitForImport(importId: string): Promise<{ status: string }> {
  for (let i = 0; i < 100; i++) {
    const current = (await world.admin("GET", `/api/admin/v1/company-imports/${importId}`)).body_json;
    if (current.status === "SUCCEEDED" || current.status === "FAILED") return current;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import ${importId} did not finish`);
}

/** A delivered company of the owner with people, so prospect-level operations have something to act on. */
async function ownerProspects(domain: string, names: string[]): Promise<string[]> {
  const tenant = tenantOf(world.owner);
  const searchId = await createProspectSearch(world.t.database.db, tenant, `Privacy ${domain}`);
  await deliverCompany(world.t.database.db, tenant, searchId, extraction(domain, { name: `${domain} GmbH` }, { people: names.map((name) => person(name)) }));
  const listed = await world.as("GET", `/api/v1/prospects?prospect_search_id=${searchId}`);
  expect(listed.statusCode).toBe(200);
  return listed.body_json.items.map((p: { id: string }) => p.id);
}

/** Operations added for issue 8 (privacy) and issue 11 (imports), exercised through the documented surface. */
export function privacyAndImportScenarios(): void {
  describe("suppressions, erasure requests and person erasure", () => {
    it("the operator lists, adds and lifts suppressions", async () => {
      const added = await world.admin("POST", "/api/admin/v1/suppressions", { kind: "domain", domain: "suppressed-conformance.example" });
      expect(added.statusCode).toBe(201);
      const listed = await world.admin("GET", "/api/admin/v1/suppressions");
      expect(listed.statusCode).toBe(200);
      const id = (Array.isArray(added.body_json) ? added.body_json[0] : added.body_json).id as string;
      expect((await world.admin("DELETE", `/api/admin/v1/suppressions/${id}`)).statusCode).toBe(204);
      expect((await world.admin("POST", "/api/admin/v1/suppressions", { kind: "nothing" })).statusCode).toBe(422);
    });

    it("a client files an erasure request, the operator resolves it; the operator erases one person", async () => {
      const [first, second] = await ownerProspects("privacy-conformance.example", ["Erna Beispiel", "Otto Muster"]);
      const filed = await world.as("POST", `/api/v1/prospects/${first}/erasure-requests`, { body: { kind: "objection" } });
      expect(filed.statusCode).toBe(202);
      expect((await world.as("POST", `/api/v1/prospects/${first}/erasure-requests`, { body: { kind: "bogus" } })).statusCode).toBe(422);
      const queue = await world.admin("GET", "/api/admin/v1/erasure-requests");
      expect(queue.statusCode).toBe(200);
      const requestId = (filed.body_json.id ?? filed.body_json.request_id) as string;
      expect((await world.admin("POST", `/api/admin/v1/erasure-requests/${requestId}/resolve`, { action: "reject" })).statusCode).toBe(200);
      expect((await world.admin("POST", `/api/admin/v1/prospects/${second}/erase`)).statusCode).toBe(200);
    });
  });

  describe("merge candidates", () => {
    it("a look-alike with its own domain waits for review; the operator dismisses or approves it", async () => {
      const db = world.t.database.db;
      const register = { court: "Amtsgericht Köln", number: "HRB 77001" };
      const record = (domain: string) =>
        recordSiteExtraction(db, { testMode: false, extraction: extraction(domain, { name: "Lookalike GmbH", register }), websiteUrl: `https://${domain}/`, crawledAt: new Date().toISOString() });
      await record("lookalike-original.example");
      await record("lookalike-second.example");
      await record("lookalike-third.example");
      const listed = await world.admin("GET", "/api/admin/v1/merge-candidates");
      expect(listed.statusCode).toBe(200);
      const pending = (listed.body_json.items as { id: string; status: string }[]).filter((c) => c.status === "pending");
      expect(pending.length).toBeGreaterThanOrEqual(2);
      expect((await world.admin("POST", `/api/admin/v1/merge-candidates/${pending[0]!.id}/dismiss`)).statusCode).toBe(200);
      expect((await world.admin("POST", `/api/admin/v1/merge-candidates/${pending[1]!.id}/approve`)).statusCode).toBe(200);
    });
  });

  describe("company imports", () => {
    it("an operator streams a generic CSV, reads its progress and the list of imports", async () => {
      const csv = "source_id,name,website,city,country\nc-1,Conformance Import GmbH,https://conformance-import.example,Köln,DE\n";
      const started = await world.api.call("POST", "/api/admin/v1/company-imports?format=generic&source=conformance", {
        key: world.t.adminKey,
        headers: { "content-type": "text/csv" },
        body: csv,
      });
      expect(started.statusCode).toBe(202);
      expect((await waitForImport(started.body_json.import_id)).status).toBe("SUCCEEDED");
      expect((await world.admin("GET", "/api/admin/v1/company-imports")).statusCode).toBe(200);
      const unknownFormat = await world.api.call("POST", "/api/admin/v1/company-imports?format=nonsense&source=conformance", {
        key: world.t.adminKey,
        headers: { "content-type": "text/csv" },
        body: csv,
      });
      expect(unknownFormat.statusCode).toBe(422);
    });
  });
}
