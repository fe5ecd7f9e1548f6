import { describe, expect, it } from "vitest";
import { createFetcher } from "../create-fetcher.ts";
import { portRefusal } from "../port-policy.ts";

const PUBLIC = [{ address: "93.184.216.34", family: 4 }];
const LOOPBACK = [{ address: "127.0.0.1", family: 4 }];

describe("port policy", () => {
  it("crawls public hosts on 80 and 443 only, unless the operator allows a port", () => {
    expect(portRefusal(new URL("https://muster.de/"), PUBLIC, [])).toBeNull();
    expect(portRefusal(new URL("http://muster.de:80/"), PUBLIC, [])).toBeNull();
    expect(portRefusal(new URL("https://muster.de:443/"), PUBLIC, [])).toBeNull();
    expect(portRefusal(new URL("http://muster.de:25/"), PUBLIC, [])).toMatch(/port 25 is not allowed/);
    expect(portRefusal(new URL("http://muster.de:8080/"), PUBLIC, [8080])).toBeNull();
  });

  it("trusts addresses the operator allowed explicitly with any port", () => {
    expect(portRefusal(new URL("http://intranet.test:8080/"), LOOPBACK, [])).toBeNull();
    expect(portRefusal(new URL("http://mixed.test:8080/"), [...LOOPBACK, ...PUBLIC], [])).toMatch(/not allowed/);
  });

  it("refuses the request before connecting", async () => {
    const fetcher = createFetcher({ minDelayMs: 0, resolveAll: async () => PUBLIC });
    const result = await fetcher.fetch("http://www.muster.de:6379/");
    expect(result).toMatchObject({ ok: false, reason: "blocked_address", detail: expect.stringContaining("port 6379") });
    await fetcher.close();
  });
});
