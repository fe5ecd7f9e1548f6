import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { greenhouseFeed } from "../feeds/greenhouse.ts";
import { leverFeed } from "../feeds/lever.ts";
import { personioFeed } from "../feeds/personio.ts";
import { recruiteeFeed } from "../feeds/recruitee.ts";
import { smartRecruitersFeed } from "../feeds/smartrecruiters.ts";
import { workableFeed } from "../feeds/workable.ts";
import type { AtsFeed } from "../feeds/feed-parser.ts";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const parse = (feed: AtsFeed, body: string) => feed.parse(body, { ats: feed.ats, account: "examplecorp", feedUrl: "https://feed.test/xml" });

describe("ATS feed parsers", () => {
  it("parses Greenhouse jobs and skips an untitled one", () => {
    const jobs = parse(greenhouseFeed, fixture("greenhouse-jobs.json"));
    expect(jobs).toHaveLength(2);
    expect(jobs[0]).toMatchObject({ title: "Senior Backend Engineer", location: "Hamburg, Germany", department: "Engineering", source: "ats", ats: "greenhouse", url: "https://boards.greenhouse.io/examplecorp/jobs/4012", posted_at: "2026-01-15T09:00:00-05:00" });
  });

  it("parses Lever postings with commitment as employment type", () => {
    const jobs = parse(leverFeed, fixture("lever-postings.json"));
    expect(jobs.map((j) => [j.title, j.location, j.employment_type, j.department])).toEqual([
      ["Customer Success Manager", "London", "FULL_TIME", "Customer Success"],
      ["Werkstudent Marketing", "München", "PART_TIME", "Marketing"],
    ]);
    expect(jobs[0].posted_at).toBe("2026-01-01T00:00:00.000Z");
  });

  it("parses the Personio XML feed", () => {
    const jobs = parse(personioFeed, fixture("personio-positions.xml"));
    expect(jobs[0]).toMatchObject({ title: "Industriemechaniker (m/w/d)", location: "Stuttgart", department: "Produktion", employment_type: "FULL_TIME", url: "https://feed.test/job/1187" });
    expect(jobs[1]).toMatchObject({ title: "Ausbildung Elektroniker:in 2026", employment_type: "APPRENTICESHIP" });
  });

  it("parses Workable, Recruitee and SmartRecruiters feeds", () => {
    expect(parse(workableFeed, fixture("workable-widget.json")).map((j) => [j.title, j.location, j.employment_type])).toEqual([
      ["Data Scientist", "Amsterdam, Netherlands", "FULL_TIME"],
      ["Stagiair Communicatie", "Remote", "INTERN"],
    ]);
    expect(parse(recruiteeFeed, fixture("recruitee-offers.json")).map((j) => [j.title, j.location, j.employment_type])).toEqual([
      ["Développeur Full Stack", "Lyon, France", "FULL_TIME"],
      ["Comptable", "Paris", "PART_TIME"],
    ]);
    const sr = parse(smartRecruitersFeed, fixture("smartrecruiters-postings.json"));
    expect(sr.map((j) => [j.title, j.location, j.employment_type, j.department])).toEqual([
      ["Tecnico di manutenzione", "Milano, Lombardia", "FULL_TIME", "Operations"],
      ["Ingeniero de software", "Remote", "CONTRACTOR", null],
    ]);
    expect(sr[0].url).toBe("https://jobs.smartrecruiters.com/examplecorp/7430001");
  });

  it("gives no jobs for malformed or unexpected bodies", () => {
    for (const feed of [greenhouseFeed, leverFeed, personioFeed, workableFeed, recruiteeFeed, smartRecruitersFeed]) {
      for (const body of ["", "{", "<html>nope</html>", "null", '{"jobs": "x", "offers": 3, "content": {}}', "<workzag-jobs><position><id>1</id></position>"]) {
        expect(parse(feed, body)).toEqual([]);
      }
    }
  });
});
