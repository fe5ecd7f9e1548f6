import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentedOperations } from "../support/openapi-client.ts";
import { adminScenarios } from "./admin.ts";
import { blacklistScenarios } from "./blacklists.ts";
import { clientIntegrationScenarios } from "./client-integration.ts";
import { orderScenarios } from "./orders.ts";
import { searchProfileScenarios } from "./search-profiles.ts";
import { firstDayScenarios } from "./first-day.ts";
import { privacyAndImportScenarios } from "./privacy-and-imports.ts";
import { documentSweep } from "./sweep.ts";
import { startWorld, world } from "./world.ts";

// One app for the whole surface, so the final test can see which operations were exercised.
beforeAll(startWorld);
afterAll(() => world.t.close());

describe("GET /health", () => {
  it("answers the documented body without a key", async () => {
    const response = await world.api.call("GET", "/health", { key: null });
    expect(response.body_json).toEqual({ service: "OpenProspect API", status: "healthy" });
  });
});

orderScenarios();
searchProfileScenarios();
blacklistScenarios();
clientIntegrationScenarios();
adminScenarios();
firstDayScenarios();
privacyAndImportScenarios();
documentSweep();

describe("coverage of openapi.json", () => {
  it("every documented operation was called and answered a documented 2xx", () => {
    const missing = documentedOperations(world.api.document)
      .map((op) => `${op.method} ${op.path}`)
      .filter((label) => ![...(world.api.seen.get(label) ?? [])].some((status) => status >= 200 && status < 300));
    expect(missing).toEqual([]);
  });

  it("every documented 401/403/404/422 was produced at least once", () => {
    const missing = documentedOperations(world.api.document).flatMap((op) => {
      const label = `${op.method} ${op.path}`;
      const seen = world.api.seen.get(label) ?? new Set<number>();
      return ["401", "403", "404", "422"].filter((status) => op.operation.responses[status] && !seen.has(Number(status)) && producible(op, status)).map((status) => `${label} ${status}`);
    });
    expect(missing).toEqual([]);
  });
});

/** 403 means a missing scope and 422 a rejected input: operations without either cannot produce them. */
function producible(op: ReturnType<typeof documentedOperations>[number], status: string): boolean {
  if (status === "403") return Boolean(op.operation.security?.[0]?.apiKey?.length);
  if (status !== "422") return true;
  return op.path.includes("{") || Boolean(op.operation.requestBody) || Boolean((op.operation as { parameters?: unknown[] }).parameters?.length);
}
