import { describe, expect, it } from "vitest";
import { detectAts } from "../index.ts";
import { htmlPage } from "./page-fixture.ts";

const detect = (body: string) => detectAts([htmlPage("https://firma.test/careers", body)]);

describe("detectAts", () => {
  it("finds Greenhouse board links, the newer job-boards host and the embed script", () => {
    expect(detect('<a href="https://boards.greenhouse.io/examplecorp">Jobs</a>')).toEqual([{ ats: "greenhouse", account: "examplecorp", url: "https://boards.greenhouse.io/examplecorp" }]);
    expect(detect('<a href="https://job-boards.greenhouse.io/acme-labs/jobs/123">Apply</a>')[0]).toMatchObject({ ats: "greenhouse", account: "acme-labs" });
    expect(detect('<script src="https://boards.greenhouse.io/embed/job_board/js?for=widgetco"></script>')).toEqual([{ ats: "greenhouse", account: "widgetco", url: "https://boards.greenhouse.io/widgetco" }]);
  });

  it("finds Lever, Personio, Workable, Recruitee and SmartRecruiters boards", () => {
    expect(detect('<a href="https://jobs.lever.co/leverco/abc-123">x</a>')[0]).toMatchObject({ ats: "lever", account: "leverco" });
    expect(detect('<iframe src="https://beispiel-gmbh.jobs.personio.de/?display=de"></iframe>')[0]).toMatchObject({ ats: "personio", account: "beispiel-gmbh" });
    expect(detect('<a href="https://muster.jobs.personio.com/job/1">x</a>')[0]).toMatchObject({ ats: "personio", account: "muster" });
    expect(detect('<a href="https://apply.workable.com/workco/">x</a>')[0]).toMatchObject({ ats: "workable", account: "workco" });
    expect(detect('<a href="https://recruco.recruitee.com/o/dev">x</a>')[0]).toMatchObject({ ats: "recruitee", account: "recruco" });
    expect(detect('<a href="https://careers.smartrecruiters.com/SmartCo1">x</a>')[0]).toMatchObject({ ats: "smartrecruiters", account: "SmartCo1" });
    expect(detect('<a href="https://jobs.smartrecruiters.com/SmartCo2/743000">x</a>')[0]).toMatchObject({ ats: "smartrecruiters", account: "SmartCo2" });
  });

  it("reports each board once across pages and ignores unrelated hosts", () => {
    const pages = [
      htmlPage("https://firma.test/", '<a href="https://jobs.lever.co/leverco">Jobs</a>'),
      htmlPage("https://firma.test/karriere", '<a href="https://jobs.lever.co/leverco/1">Job</a><a href="https://www.recruitee.com/">Recruitee</a>'),
    ];
    expect(detectAts(pages)).toEqual([{ ats: "lever", account: "leverco", url: "https://jobs.lever.co/leverco" }]);
    expect(detect('<a href="https://www.greenhouse.io/">Greenhouse</a><p>jobs at lever.co</p>')).toEqual([]);
  });
});
