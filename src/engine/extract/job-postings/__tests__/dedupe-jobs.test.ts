import { describe, expect, it } from "vitest";
import { extractJobs } from "../index.ts";
import { htmlPage } from "./page-fixture.ts";

describe("deduplication across pages", () => {
  it("merges a list entry with its detail page, keeping the richer record", () => {
    const list = htmlPage("https://firma.test/careers/", `<h1>Careers</h1><div class="job"><strong class="job-heading">Software Engineer</strong><a href="software-engineer.html">See job</a></div>`);
    const detail = htmlPage("https://firma.test/careers/software-engineer.html", `<h1>Software engineer</h1><div>Full-time</div><p>Location: Yaoundé</p><h3>Requirements</h3><ul><li>You know TypeScript.</li></ul>`);
    const jobs = extractJobs([list, detail], { domain: "firma.test" });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ employment_type: "FULL_TIME", location: "Yaoundé" });
  });

  it("treats gender-marker variants as one job and JSON-LD as the preferred source", () => {
    const ld = `<script type="application/ld+json">{"@type":"JobPosting","title":"Elektroniker (m/w/d)","employmentType":"FULL_TIME"}</script>`;
    const page = htmlPage("https://firma.test/karriere", `<h2>Offene Stellen</h2><h3>Elektroniker:in</h3><h3>Elektroniker (m/w/d)</h3>`, ld);
    const jobs = extractJobs([page], { domain: "firma.test" });
    expect(jobs).toHaveLength(1);
    expect(jobs[0].source).toBe("json_ld");
  });

  it("keeps the same title at different locations apart", () => {
    const html = `<h2>Offene Stellen</h2><div><h3>Lagerist (m/w/d)</h3><p>Standort: Köln</p></div><div><h3>Lagerist (m/w/d)</h3><p>Standort: Bonn</p></div>`;
    const jobs = extractJobs([htmlPage("https://firma.test/jobs", html)], { domain: "firma.test" });
    expect(jobs.map((j) => j.location)).toEqual(["Köln", "Bonn"]);
  });

  it("prefers the careers page over a home-page teaser with shorter titles", () => {
    const home = htmlPage("https://firma.test/", `<h2>Wir suchen Verstärkung</h2><h3>Monteur (m/w/d)</h3>`);
    const careers = htmlPage("https://firma.test/karriere/", `<h2>Offene Stellen</h2><h3>Obermonteure / Monteure (m/w/d)</h3><h3>LKW Fahrer (m/w/d)</h3>`);
    expect(extractJobs([home, careers], { domain: "firma.test" }).map((j) => j.title)).toEqual(["Obermonteure / Monteure (m/w/d)", "LKW Fahrer (m/w/d)"]);
  });
});

describe("title kept when records merge", () => {
  it("keeps the card's longer title over the shorter one of the structured data", () => {
    const ld = `<script type="application/ld+json">{"@type":"JobPosting","title":"Forklift Driver","employmentType":"FULL_TIME"}</script>`;
    const page = htmlPage("https://firma.test/careers", `<h1>Careers</h1><h2>Open positions</h2><div class="job"><h3 class="job-title">Forklift Driver — Night Shift</h3><a href="mailto:jobs@firma.test">Apply</a></div>`, ld);
    const jobs = extractJobs([page], { domain: "firma.test" });
    expect(jobs.map((j) => [j.title, j.source, j.employment_type])).toEqual([["Forklift Driver — Night Shift", "json_ld", "FULL_TIME"]]);
  });
});
