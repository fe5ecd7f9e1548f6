import { describe, expect, it } from "vitest";
import { extractJobs } from "../index.ts";
import { htmlPage } from "./page-fixture.ts";

describe("template postings", () => {
  it("ignores a posting page whose content is filler text", () => {
    const page = htmlPage("https://firma.test/careers/drivers/opening-2/", `<main><h1>Driver Opening 2</h1><p>Replace this content with your actual page content.</p><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p></main>`);
    expect(extractJobs([page], { domain: "firma.test" })).toEqual([]);
  });

  it("drops a filler card but keeps the real one beside it", () => {
    const html = `<h1>Careers</h1><h2>Open positions</h2><div class="job"><h3>Service Technician</h3><p>Install and repair heat pumps.</p><a href="mailto:jobs@firma.test">Apply</a></div>
      <div class="job"><h3>Sales Representative</h3><p>Lorem ipsum dolor sit amet.</p><a href="mailto:jobs@firma.test">Apply</a></div>`;
    expect(extractJobs([htmlPage("https://firma.test/careers", html)], { domain: "firma.test" }).map((j) => j.title)).toEqual(["Service Technician"]);
  });
});
