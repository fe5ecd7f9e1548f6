import { describe, expect, it } from "vitest";
import { metaRefreshTarget } from "../meta-refresh-target.ts";

describe("metaRefreshTarget", () => {
  it("reads immediate refreshes in their usual spellings", () => {
    expect(metaRefreshTarget('<meta http-equiv="refresh" content="0; url=../page42.html" />', "http://a.de/impressum/")).toBe("http://a.de/page42.html");
    expect(metaRefreshTarget("<META HTTP-EQUIV='Refresh' CONTENT='2;URL=/de/'>", "http://a.de/")).toBe("http://a.de/de/");
    expect(metaRefreshTarget('<meta content="0;https://a.de/start" http-equiv="refresh">', "http://a.de/")).toBe("https://a.de/start");
  });

  it("ignores slow refreshes, reloads without a target and other meta tags", () => {
    expect(metaRefreshTarget('<meta http-equiv="refresh" content="300; url=/news">', "http://a.de/")).toBeNull();
    expect(metaRefreshTarget('<meta http-equiv="refresh" content="30">', "http://a.de/")).toBeNull();
    expect(metaRefreshTarget('<meta name="description" content="0; url=/x">', "http://a.de/")).toBeNull();
  });
});
