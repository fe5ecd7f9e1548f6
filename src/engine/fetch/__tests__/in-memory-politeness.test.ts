import { describe, expect, it } from "vitest";
import { InMemoryPoliteness } from "../in-memory-politeness.ts";

describe("InMemoryPoliteness", () => {
  it("spaces turns on one host and leaves other hosts alone", async () => {
    const politeness = new InMemoryPoliteness();
    const started = Date.now();
    await Promise.all([politeness.waitTurn("a.test", 100), politeness.waitTurn("a.test", 100), politeness.waitTurn("a.test", 100)]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    const other = Date.now();
    await politeness.waitTurn("b.test", 100);
    expect(Date.now() - other).toBeLessThan(50);
  });
});
