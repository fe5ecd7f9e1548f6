import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERATED_TYPES, renderTypes } from "../scripts/render-types.ts";

describe("sdk/src/generated/openapi.ts", () => {
  it("matches openapi.json (run `npm run openapi` after changing a route)", async () => {
    expect(readFileSync(GENERATED_TYPES, "utf8")).toBe(await renderTypes());
  });
});
