import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCommittedDocument } from "../support/openapi-client.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { fuzzCase, fuzzOperations, type FuzzCase, type FuzzOperation } from "./fuzz-cases.ts";
import { createFuzzWorld, realIdFor, type FuzzWorld } from "./fuzz-world.ts";
import type { JsonSchema } from "./json-schema-arbitrary.ts";

// Schema-driven fuzzing of every operation in the committed openapi.json, so operations added later
// are covered without touching this file. Deterministic: a fixed seed, a fixed number of runs.
const SEED = 20_261_204;
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 40);

const document = loadCommittedDocument() as unknown as Parameters<typeof fuzzOperations>[0] & { components: { schemas?: Record<string, JsonSchema> } };
const operations = fuzzOperations(document);

let t: TestApp;
let world: FuzzWorld;
let sent = 0;

beforeAll(async () => {
  t = await startTestApp();
  world = await createFuzzWorld(t);
}, 120_000);
afterAll(() => t.close());

describe("fuzzing every documented operation", () => {
  it("covers the whole document", () => {
    expect(operations.length).toBeGreaterThanOrEqual(50);
  });

  it.each(operations.map((operation) => [`${operation.method} ${operation.path}`, operation] as const))(
    "%s: no 5xx, and every error body has a code",
    async (_name, operation) => {
      const ctx = { components: document.components.schemas ?? {}, knownIds: world.knownIds };
      const cases = fuzzCase(operation, ctx, (path, param) => realIdFor(world, path, param));
      await fc.assert(
        fc.asyncProperty(cases, async (fuzz) => {
          const response = await send(operation, fuzz);
          const verdict = judge(response.statusCode, response.body);
          if (verdict) throw new Error(`${operation.method} ${fuzz.url} → ${response.statusCode} ${verdict}: ${response.body.slice(0, 300)}`);
        }),
        { seed: SEED, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
      );
    },
    120_000,
  );
});

async function send(operation: FuzzOperation, fuzz: FuzzCase) {
  const headers: Record<string, string> = {};
  if (operation.auth === "admin") headers.authorization = `Bearer ${t.adminKey}`;
  if (operation.auth === "api_key") headers.authorization = `Bearer ${world.owner.key}`;
  if (fuzz.payload !== undefined) headers["content-type"] = "application/json";
  if (operation.method === "POST") headers["idempotency-key"] = `fuzz-${++sent}`;
  return t.app.inject({ method: operation.method, url: fuzz.url, headers, ...(fuzz.payload !== undefined ? { payload: fuzz.payload } : {}) });
}

/** Null when the response is acceptable; otherwise what is wrong with it. */
function judge(status: number, body: string): string | null {
  if (status >= 500) return "is a server error";
  if (status < 400) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return "has a body that is not JSON";
  }
  const code = (parsed as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.length > 0 ? null : "has no error code";
}
