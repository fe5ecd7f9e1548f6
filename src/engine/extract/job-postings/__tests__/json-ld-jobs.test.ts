import { describe, expect, it } from "vitest";
import { extractJobs } from "../index.ts";
import { htmlPage } from "./page-fixture.ts";

const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe("JobPosting markup", () => {
  it("reads a plain JobPosting with location, type and date", () => {
    const page = htmlPage("https://acme.test/jobs/dev", "<h1>x</h1>", ld({
      "@context": "https://schema.org", "@type": "JobPosting", title: "Backend Developer",
      employmentType: "FULL_TIME", datePosted: "2026-03-01",
      jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Berlin" } },
    }));
    const [job] = extractJobs([page], { domain: "acme.test" });
    expect(job).toMatchObject({ title: "Backend Developer", location: "Berlin", employment_type: "FULL_TIME", source: "json_ld", posted_at: "2026-03-01" });
  });

  it("finds postings inside @graph and top-level arrays, with several employment types", () => {
    const page = htmlPage("https://acme.test/karriere", "", ld({ "@graph": [{ "@type": "Organization", name: "Acme" }, { "@type": "JobPosting", title: "Pflegefachkraft (m/w/d)", employmentType: ["PART_TIME", "FULL_TIME"] }] }) +
      ld([{ "@type": ["JobPosting"], title: "Stagiaire marketing", employmentType: "Internship" }]));
    const jobs = extractJobs([page], { domain: "acme.test" });
    expect(jobs.map((j) => j.title).sort()).toEqual(["Pflegefachkraft (m/w/d)", "Stagiaire marketing"]);
    expect(jobs.find((j) => j.title.startsWith("Pflege"))?.employment_types).toEqual(["PART_TIME", "FULL_TIME"]);
    expect(jobs.find((j) => j.title.startsWith("Stagiaire"))?.employment_type).toBe("INTERN");
  });

  it("reads microdata JobPosting items", () => {
    const page = htmlPage("https://acme.test/vacatures", `<div itemscope itemtype="https://schema.org/JobPosting">
      <h2 itemprop="title">Servicemonteur</h2><span itemprop="employmentType" content="PART_TIME">Deeltijd</span>
      <span itemprop="jobLocation" itemscope itemtype="https://schema.org/Place"><span itemprop="addressLocality">Utrecht</span></span></div>`);
    const [job] = extractJobs([page], { domain: "acme.test" });
    expect(job).toMatchObject({ title: "Servicemonteur", location: "Utrecht", employment_type: "PART_TIME" });
  });

  it("ignores malformed JSON-LD without throwing", () => {
    const page = htmlPage("https://acme.test/", "<p>Hallo</p>", '<script type="application/ld+json">{ "@type": "JobPosting", </script>');
    expect(extractJobs([page], { domain: "acme.test" })).toEqual([]);
  });
});
