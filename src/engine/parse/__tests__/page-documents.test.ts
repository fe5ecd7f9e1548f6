import { describe, expect, it } from "vitest";
import type { Page } from "../../types.ts";
import { mutablePageDocument } from "../mutable-page-document.ts";
import { releasePageDocuments } from "../release-page-documents.ts";
import { sharedPageDocument } from "../shared-page-document.ts";

function page(html: string): Page {
  return { url: "https://www.muster-firma.de/", status: 200, headers: {}, contentType: "text/html", html, fetchedAt: "2026-01-01T00:00:00Z" };
}

describe("page documents", () => {
  it("parses a page once and hands every extractor the same document", () => {
    const home = page("<title>Muster</title><p>Hallo</p>");
    expect(sharedPageDocument(home)).toBe(sharedPageDocument(home));
    expect(sharedPageDocument(home)("p").text()).toBe("Hallo");
  });

  it("parses again when the page's html was replaced", () => {
    const home = page("<p>alt</p>");
    const before = sharedPageDocument(home);
    home.html = "<p>neu</p>";
    expect(sharedPageDocument(home)).not.toBe(before);
    expect(sharedPageDocument(home)("p").text()).toBe("neu");
  });

  it("lets go of a site's documents once its analysis is done; a later reader parses again", () => {
    const home = page("<p>Hallo</p>");
    const before = sharedPageDocument(home);
    releasePageDocuments([home]);
    expect(sharedPageDocument(home)).not.toBe(before);
  });

  it("gives an editing extractor a copy, so its removals never reach the shared document", () => {
    const home = page("<nav><a href='/'>Start</a></nav><h1>Karriere</h1>");
    const copy = mutablePageDocument(home);
    copy("nav").remove();
    expect(copy("nav")).toHaveLength(0);
    expect(copy.root()[0].parent).toBeNull();
    expect(sharedPageDocument(home)("nav a").text()).toBe("Start");
    expect(copy.html()).toBe(sharedPageDocument(home).html().replace(/<nav>.*<\/nav>/, ""));
  });
});
