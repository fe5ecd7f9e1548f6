import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchAtsJobs } from "../index.ts";
import { htmlPage } from "./page-fixture.ts";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

// Each path answers as one ATS would; "/broken" serves a malformed body.
const ROUTES: Record<string, string> = {
  "/gh/v1/boards/examplecorp/jobs": fixture("greenhouse-jobs.json"),
  "/lever/v0/postings/examplecorp?mode=json": fixture("lever-postings.json"),
  "/personio/beispiel/xml": fixture("personio-positions.xml"),
  "/workable/api/v1/widget/accounts/workco": "{ not json",
};

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = ROUTES[req.url ?? ""];
    res.writeHead(body === undefined ? 404 : 200).end(body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const fetcher = {
  async getText(url: string): Promise<string | null> {
    const res = await fetch(url);
    return res.ok ? res.text() : null;
  },
};

describe("fetchAtsJobs", () => {
  it("fetches every detected board's feed from the configured bases", async () => {
    const pages = [htmlPage("https://firma.test/karriere", `
      <script src="https://boards.greenhouse.io/embed/job_board/js?for=examplecorp"></script>
      <a href="https://jobs.lever.co/examplecorp">Lever</a>
      <a href="https://beispiel.jobs.personio.de/">Personio</a>
      <a href="https://apply.workable.com/workco/">Workable</a>
      <a href="https://nobody.recruitee.com/">Recruitee</a>`)];
    const jobs = await fetchAtsJobs(pages, fetcher, {
      feedBaseUrls: { greenhouse: `${base}/gh`, lever: `${base}/lever`, personio: `${base}/personio/{account}`, workable: `${base}/workable`, recruitee: `${base}/recruitee/{account}` },
    });
    expect(jobs.map((j) => `${j.ats}: ${j.title}`).sort()).toEqual([
      "greenhouse: Office Manager (m/w/d)",
      "greenhouse: Senior Backend Engineer",
      "lever: Customer Success Manager",
      "lever: Werkstudent Marketing",
      "personio: Ausbildung Elektroniker:in 2026",
      "personio: Industriemechaniker (m/w/d)",
    ]);
    expect(jobs.every((j) => j.source === "ats" && j.provenance.method === "ats_feed")).toBe(true);
  });

  it("never throws when the fetcher fails", async () => {
    const pages = [htmlPage("https://firma.test/", '<a href="https://jobs.lever.co/examplecorp">Jobs</a>')];
    const failing = { getText: async (): Promise<string | null> => { throw new Error("network down"); } };
    await expect(fetchAtsJobs(pages, failing, {})).resolves.toEqual([]);
  });

  it("uses the public default feed URLs when no base is configured", async () => {
    const asked: string[] = [];
    const pages = [htmlPage("https://firma.test/", '<a href="https://beispiel.jobs.personio.de">x</a><a href="https://careers.smartrecruiters.com/SmartCo">y</a>')];
    await fetchAtsJobs(pages, { getText: async (url) => (asked.push(url), null) }, {});
    expect(asked.sort()).toEqual(["https://api.smartrecruiters.com/v1/companies/SmartCo/postings", "https://beispiel.jobs.personio.de/xml"]);
  });
});
