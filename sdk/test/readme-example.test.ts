import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The README's first example is sdk/examples/first-order.ts verbatim, which `npm run check` type-checks.
describe("README", () => {
  it("shows the type-checked SDK example", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const example = readFileSync(new URL("../examples/first-order.ts", import.meta.url), "utf8");
    expect(readme).toContain("```ts\n" + example + "```");
  });
});
