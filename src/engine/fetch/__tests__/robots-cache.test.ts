import { describe, expect, it } from "vitest";
import { ROBOTS_MAX_CHARS, RobotsCache } from "../robots-cache.ts";
import type { FetchResult } from "../types.ts";

function countingFetch(body: (url: string) => string) {
  const fetched: string[] = [];
  const fetchText = async (url: string): Promise<FetchResult> => {
    fetched.push(url);
    return { ok: true, chain: [url], page: { url, status: 200, headers: {}, contentType: "text/plain", html: body(url), fetchedAt: "2026-01-01T00:00:00Z" } };
  };
  return { fetched, fetchText };
}

describe("RobotsCache", () => {
  it("keeps a bounded number of origins, dropping the least recently used", async () => {
    const { fetched, fetchText } = countingFetch(() => "User-agent: *\nDisallow:\n");
    const cache = new RobotsCache(fetchText, "OpenProspectBot", { maxOrigins: 2 });
    await cache.rulesFor("https://a.example/x");
    await cache.rulesFor("https://b.example/x");
    await cache.rulesFor("https://a.example/y");
    await cache.rulesFor("https://c.example/x");
    await cache.rulesFor("https://a.example/z");
    expect(fetched).toEqual(["https://a.example/robots.txt", "https://b.example/robots.txt", "https://c.example/robots.txt"]);
    await cache.rulesFor("https://b.example/again");
    expect(fetched).toHaveLength(4);
  });

  it("fetches robots.txt again once its time to live has passed", async () => {
    const { fetched, fetchText } = countingFetch(() => "User-agent: *\nDisallow:\n");
    let now = 1_000;
    const cache = new RobotsCache(fetchText, "OpenProspectBot", { ttlMs: 50, now: () => now });
    await cache.rulesFor("https://a.example/");
    now += 49;
    await cache.rulesFor("https://a.example/");
    expect(fetched).toHaveLength(1);
    now += 2;
    await cache.rulesFor("https://a.example/");
    expect(fetched).toHaveLength(2);
  });

  it("reads the first 500 KiB only, and no rule half", async () => {
    const line = "# comment line of a very long robots.txt\n";
    const filler = line.repeat(Math.ceil(ROBOTS_MAX_CHARS / line.length));
    const { fetchText } = countingFetch(() => `User-agent: *\nDisallow: /early/\n${filler}Disallow: /late/\n`);
    const rules = await new RobotsCache(fetchText, "OpenProspectBot").rulesFor("https://a.example/");
    expect(rules.isAllowed("https://a.example/early/x")).toBe(false);
    expect(rules.isAllowed("https://a.example/late/x")).toBe(true);
  });
});
