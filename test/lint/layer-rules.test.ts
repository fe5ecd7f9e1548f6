import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";
import importX from "eslint-plugin-import-x";

// The layer rules of docs/ARCHITECTURE.md are only real if the linter refuses a violation.
// Each case lints a small file as if it lived at `filePath` and expects the named rule to fire.
const eslint = new ESLint({ cwd: process.cwd() });

async function rulesFiredFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe("lint: layer rules", () => {
  it("core may not import the job runner (src/jobs)", async () => {
    const rules = await rulesFiredFor("src/core/orders/violation.ts", 'import { createJobQueue } from "../../jobs/queue.ts";\nexport const x = createJobQueue;\n');
    expect(rules).toContain("import-x/no-restricted-paths");
  });

  it("core may not import http or process wiring", async () => {
    const http = await rulesFiredFor("src/core/orders/violation.ts", 'import { buildApp } from "../../http/app.ts";\nexport const x = buildApp;\n');
    const runtime = await rulesFiredFor("src/core/orders/violation.ts", 'import * as services from "../../runtime/services.ts";\nexport const x = services;\n');
    expect(http).toContain("import-x/no-restricted-paths");
    expect(runtime).toContain("import-x/no-restricted-paths");
  });

  it("engine may not import core or the database", async () => {
    const core = await rulesFiredFor("src/engine/crawl/violation.ts", 'import { NotFoundError } from "../../core/errors.ts";\nexport const x = NotFoundError;\n');
    const db = await rulesFiredFor("src/engine/crawl/violation.ts", 'import { createDb } from "../../db/database.ts";\nexport const x = createDb;\n');
    expect(core).toContain("import-x/no-restricted-paths");
    expect(db).toContain("import-x/no-restricted-paths");
  });

  it("route files may not import the database", async () => {
    const rules = await rulesFiredFor("src/http/routes/v1/orders/violation.ts", 'import { createDb } from "../../../../db/database.ts";\nexport const x = createDb;\n');
    expect(rules).toContain("import-x/no-restricted-paths");
  });

  it("allowed directions stay allowed (core → engine, core → db)", async () => {
    const rules = await rulesFiredFor(
      "src/core/orders/allowed.ts",
      'import { createDb } from "../../db/database.ts";\nimport type { SiteExtraction } from "../../engine/types.ts";\nexport const x = createDb;\nexport type Y = SiteExtraction;\n',
    );
    expect(rules).not.toContain("import-x/no-restricted-paths");
  });

  it("explicit any is an error", async () => {
    const rules = await rulesFiredFor("src/core/orders/violation.ts", "export const x = (value: any): string => String(value);\n");
    expect(rules).toContain("@typescript-eslint/no-explicit-any");
  });

  it("an import cycle is an error", async () => {
    const cycleLinter = new ESLint({
      cwd: process.cwd(),
      ignore: false,
      overrideConfig: {
        plugins: { "import-x": importX },
        settings: { "import-x/extensions": [".ts"], "import-x/parsers": { "@typescript-eslint/parser": [".ts"] } },
        rules: { "import-x/no-cycle": "error" },
      },
    });
    const [result] = await cycleLinter.lintFiles(["test/lint/fixtures/cycle/first.ts"]);
    expect(result!.messages.map((message) => message.ruleId)).toContain("import-x/no-cycle");
  });
});
