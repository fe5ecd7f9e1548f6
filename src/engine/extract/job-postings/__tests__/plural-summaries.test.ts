import { describe, expect, it } from "vitest";
import { extractJobs } from "../index.ts";
import { htmlPage } from "./page-fixture.ts";

const titles = (html: string): string[] => extractJobs([htmlPage("https://firma.test/careers/", html)], { domain: "firma.test" }).map((j) => j.title);

describe("a plural tagline over the listed positions", () => {
  it("is not an opening of its own", () => {
    const html = `<h1>Now hiring</h1><a href="#open">See open positions</a><p><strong>Welders &amp; Fitters — Leeds, West Yorkshire</strong><br>Steady work, modern shop.</p>
      <h2 id="open">Open positions</h2><div class="job"><h3>MIG Welder</h3><a href="mailto:jobs@firma.test">Apply</a></div><div class="job"><h3>Pipe Fitter</h3><a href="mailto:jobs@firma.test">Apply</a></div>`;
    expect(titles(html)).toEqual(["MIG Welder", "Pipe Fitter"]);
  });

  it("keeps a plural title that summarises nothing else on the page", () => {
    expect(titles(`<h1>Careers</h1><h2>Open positions</h2><h3>Delivery Drivers</h3><h3>Warehouse Supervisor</h3>`)).toEqual(["Delivery Drivers", "Warehouse Supervisor"]);
  });
});
