import { describe, expect, it } from "vitest";
import { retryDelayMs } from "../src/index.ts";

describe("retryDelayMs", () => {
  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(retryDelayMs("7", 0, 500)).toBe(7_000);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryDelayMs("Thu, 01 Jan 2026 00:00:30 GMT", 0, 500, now)).toBe(30_000);
    expect(retryDelayMs("Wed, 31 Dec 2025 23:59:00 GMT", 0, 500, now)).toBe(0);
  });

  it("backs off exponentially with jitter when there is no usable Retry-After", () => {
    for (const attempt of [0, 1, 2]) {
      const delay = retryDelayMs(attempt === 1 ? "soon" : null, attempt, 500);
      expect(delay).toBeGreaterThanOrEqual(250 * 2 ** attempt);
      expect(delay).toBeLessThanOrEqual(500 * 2 ** attempt);
    }
  });
});
