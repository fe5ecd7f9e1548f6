import { describe, expect, it } from "vitest";
import { extractLinks } from "../extract-links.ts";

describe("extractLinks", () => {
  it("collects labels, navigation placement, <base href> and client-side includes", () => {
    const html = `<html><head><base href="https://a.de/sub/"></head><body>
      <nav><a href="kontakt">Kontakt</a></nav>
      <p><a href="team" title="Unser Team"><img alt="Team-Foto"></a></p>
      <footer><a href="/impressum" rel="nofollow">Impressum</a></footer>
      <div w3-include-html="parts/menu.html"></div>
      <a href="#top">nach oben</a><a href="tel:+491">Anrufen</a>
    </body></html>`;
    expect(extractLinks(html, "https://a.de/")).toEqual([
      { url: "https://a.de/sub/kontakt", text: "Kontakt", inNavigation: true },
      { url: "https://a.de/sub/team", text: "Unser Team Team-Foto", inNavigation: false },
      { url: "https://a.de/impressum", text: "Impressum", inNavigation: true },
      { url: "https://a.de/sub/", text: "nach oben", inNavigation: false },
      { url: "https://a.de/sub/parts/menu.html", text: "", inNavigation: true, linkBase: "https://a.de/" },
    ]);
  });

  it("copes with truncated markup", () => {
    expect(extractLinks('<div><a href="/a">A</a><a href="/b', "http://x.de/")).toEqual([{ url: "http://x.de/a", text: "A", inNavigation: false }]);
  });
});
