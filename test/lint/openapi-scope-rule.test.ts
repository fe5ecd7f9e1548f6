import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

// The Spectral rule that replaces oas3-operation-security-defined (openapi-lint/spectral.yaml) is only
// worth its place if it refuses an undeclared scope or scheme: lint a doctored copy of openapi.json.
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "openapi-lint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function spectral(document: unknown): Promise<{ code: string; message: string; path: (string | number)[] }[]> {
  const file = join(dir, `doc-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(document));
  const result = await run("node_modules/.bin/spectral", ["lint", file, "--ruleset", "openapi-lint/spectral.yaml", "--format", "json", "--fail-severity", "error", "--quiet"]).catch((error) => error);
  return JSON.parse(result.stdout || "[]");
}

describe("lint: operation-scopes-declared", () => {
  it("passes the committed document and flags an undeclared scope and an unknown scheme", async () => {
    const document = JSON.parse(readFileSync("openapi.json", "utf8"));
    expect(await spectral(document)).toEqual([]);

    document.paths["/api/v1/orders"].post.security = [{ apiKey: ["orders:everything"] }, { partnerKey: [] }];
    const problems = await spectral(document);
    expect(problems.map((problem) => [problem.code, problem.message])).toEqual([
      ["operation-scopes-declared", `"orders:everything" is not declared in apiKey's x-scopes`],
      ["operation-scopes-declared", `security scheme "partnerKey" is not defined`],
    ]);
  }, 60_000);
});
