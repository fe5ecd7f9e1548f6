import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateOpenApiDocument } from "../../src/http/generate-openapi.ts";

describe("openapi.json", () => {
  it("is current (run `npm run openapi` after changing a route or schema)", async () => {
    const committed = readFileSync(new URL("../../openapi.json", import.meta.url), "utf8");
    expect(JSON.parse(committed)).toEqual(JSON.parse(await generateOpenApiDocument()));
  });

  it("documents every route's security", async () => {
    const document = JSON.parse(await generateOpenApiDocument());
    for (const [path, operations] of Object.entries<Record<string, { security?: unknown[] }>>(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation.security, `${method} ${path}`).toBeDefined();
      }
    }
  });
});
