import { describe, expect, it } from "vitest";
import type { JobFacts } from "../../../types.ts";
import { siteChromeLinkTexts, withoutChromeTitles } from "../site-chrome-links.ts";
import { htmlPage } from "./page-fixture.ts";

// A dropdown menu outside any <nav>, repeated on every page, as many small-firm templates ship it.
const MENU = `<ul class="top"><li><a href="/areas">Areas</a><div class="nested"><ul>
  <li><a href="/areas/property-disputes">Property Disputes &amp; Leases</a></li>
  <li><a href="/areas/estate-planning">Estate Planning &amp; Probate</a></li>
  <li><a href="/areas/employment">Employment Advice</a></li></ul></div></li></ul>
  <div class="row"><div class="col-sm-6 col-md-3"><span>Areas</span>
    <a href="/areas/property-disputes">Property Disputes &amp; Leases</a>
    <a href="/areas/estate-planning">Estate Planning &amp; Probate</a>
    <a href="/areas/employment">Employment Advice</a></div></div>`;

const site = (careersBody: string) => [
  htmlPage("https://firm.example/", `${MENU}<h1>Welcome</h1>`),
  htmlPage("https://firm.example/about", `${MENU}<h1>About us</h1>`),
  htmlPage("https://firm.example/contact", `${MENU}<h1>Contact</h1>`),
  htmlPage("https://firm.example/careers", `${MENU}<h1>Careers</h1>${careersBody}`),
];

describe("site-wide menu links on careers pages", () => {
  it("finds link texts repeated on most pages and nothing on a small site", () => {
    const chrome = siteChromeLinkTexts(site(""));
    expect(chrome.has("property disputes & leases")).toBe(true);
    expect(siteChromeLinkTexts(site("").slice(0, 2)).size).toBe(0);
  });

  it("drops careers-page listings titled like a site-wide menu link, keeps structured postings and real listings", () => {
    const chrome = siteChromeLinkTexts(site(""));
    const provenance = { sourceUrl: "https://firm.example/careers", method: "careers_page" as const, confidence: 0.7 };
    const job = (title: string, source: JobFacts["source"]): JobFacts => ({
      title, location: null, employment_type: null, department: null, url: null, source, ats: null, posted_at: null, provenance,
    });
    const kept = withoutChromeTitles(
      [job("Property Disputes & Leases", "careers_page"), job("Legal Secretary - Private Client", "careers_page"), job("Employment Advice", "json_ld")],
      chrome,
    );
    expect(kept.map((j) => j.title)).toEqual(["Legal Secretary - Private Client", "Employment Advice"]);
  });
});
