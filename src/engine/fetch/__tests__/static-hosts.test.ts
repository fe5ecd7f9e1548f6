import { describe, expect, it } from "vitest";
import { withStaticHosts } from "../static-hosts.ts";

describe("withStaticHosts", () => {
  const fallback = async (host: string) => [{ address: `fallback:${host}`, family: 4 }];
  it("answers exact and wildcard names, and falls back for the rest", async () => {
    const resolve = withStaticHosts(["intranet.example=10.1.2.3", "*.test=127.0.0.1"], fallback);
    expect(await resolve("INTRANET.example")).toEqual([{ address: "10.1.2.3", family: 4 }]);
    expect(await resolve("acme.test")).toEqual([{ address: "127.0.0.1", family: 4 }]);
    expect(await resolve("other.example")).toEqual([{ address: "fallback:other.example", family: 4 }]);
  });
  it("refuses malformed entries", () => {
    expect(() => withStaticHosts(["nope"], fallback)).toThrow(/invalid static host/);
    expect(() => withStaticHosts(["a.test=not-an-ip"], fallback)).toThrow(/invalid static host/);
  });
});
