import { describe, expect, it } from "vitest";
import type { JobFacts } from "../../types.ts";
import { dedupeJobs } from "../../extract/job-postings/dedupe-jobs.ts";
import { mergeJobs } from "../merge-jobs.ts";

function job(title: string, location: string | null, source: JobFacts["source"]): JobFacts {
  return {
    title,
    location,
    employment_type: null,
    department: null,
    url: null,
    source,
    ats: source === "ats" ? "personio" : null,
    posted_at: null,
    provenance: { sourceUrl: "https://firma.test/karriere", method: source === "ats" ? "ats_feed" : source, confidence: 0.8 },
  };
}

describe("mergeJobs", () => {
  it("keeps the ATS posting once when the careers page writes the title with another gender marker, case or ß", () => {
    const ats = [job("Elektroniker (m/w/d)", "Straße 1, Köln", "ats")];
    const site = [job("ELEKTRONIKER:in", "Strasse 1 – Koln", "careers_page"), job("Lagerist (m/w/d)", "Köln", "careers_page")];
    expect(mergeJobs(ats, site).map((j) => [j.title, j.source])).toEqual([
      ["Elektroniker (m/w/d)", "ats"],
      ["Lagerist (m/w/d)", "careers_page"],
    ]);
  });

  it("never merges postings that the page de-duplicator keeps apart by title or place", () => {
    const pairs: [JobFacts, JobFacts][] = [
      [job("Elektroniker (m/w/d)", "Köln", "ats"), job("Elektroniker (m/w/d)", "Bonn", "careers_page")],
      [job("Lagerist", null, "ats"), job("Fahrer", null, "careers_page")],
    ];
    for (const [a, b] of pairs) {
      expect(dedupeJobs([a, b])).toHaveLength(2);
      expect(mergeJobs([a], [b])).toHaveLength(2);
    }
  });
});
