import type { Page } from "../../types.ts";

export interface AtsDetection {
  ats: string;
  account: string;
  url: string;
}

interface AtsPattern {
  ats: string;
  pattern: RegExp;
  boardUrl(account: string): string;
}

const ACCOUNT = "([A-Za-z0-9][A-Za-z0-9_-]{0,80})";
const RESERVED = new Set(["embed", "api", "www", "app", "v0", "v1", "js", "css", "assets", "static", "j", "careers", "jobs", "help", "support"]);

// Order matters: the embed script of Greenhouse names the account in a query, not in the path.
const PATTERNS: AtsPattern[] = [
  { ats: "greenhouse", pattern: new RegExp(`boards(?:-api)?\\.greenhouse\\.io/embed/job_(?:board|app)(?:/js)?\\?(?:[^"'\\s]*&(?:amp;)?)?for=${ACCOUNT}`, "gi"), boardUrl: (a) => `https://boards.greenhouse.io/${a}` },
  { ats: "greenhouse", pattern: new RegExp(`(?:job-)?boards(?:\\.eu)?\\.greenhouse\\.io/${ACCOUNT}`, "gi"), boardUrl: (a) => `https://boards.greenhouse.io/${a}` },
  { ats: "lever", pattern: new RegExp(`jobs(?:\\.eu)?\\.lever\\.co/${ACCOUNT}`, "gi"), boardUrl: (a) => `https://jobs.lever.co/${a}` },
  { ats: "personio", pattern: new RegExp(`(?://|\\b)${ACCOUNT}\\.jobs\\.personio\\.(?:de|com)`, "gi"), boardUrl: (a) => `https://${a}.jobs.personio.de` },
  { ats: "workable", pattern: new RegExp(`apply\\.workable\\.com/${ACCOUNT}`, "gi"), boardUrl: (a) => `https://apply.workable.com/${a}` },
  { ats: "recruitee", pattern: new RegExp(`(?://|\\b)${ACCOUNT}\\.recruitee\\.com`, "gi"), boardUrl: (a) => `https://${a}.recruitee.com` },
  { ats: "smartrecruiters", pattern: new RegExp(`(?:careers|jobs)\\.smartrecruiters\\.com/${ACCOUNT}`, "gi"), boardUrl: (a) => `https://careers.smartrecruiters.com/${a}` },
];

/** Applicant-tracking systems a site links to or embeds, with the account that names the company's board. */
export function detectAts(pages: Page[]): AtsDetection[] {
  const found = new Map<string, AtsDetection>();
  for (const page of pages) {
    for (const { ats, pattern, boardUrl } of PATTERNS) {
      for (const match of page.html.matchAll(pattern)) {
        const account = match[1];
        if (RESERVED.has(account.toLowerCase())) continue;
        const key = `${ats}:${account.toLowerCase()}`;
        if (!found.has(key) && ![...found.values()].some((d) => d.ats === ats && d.account.toLowerCase() === account.toLowerCase())) {
          found.set(key, { ats, account, url: boardUrl(account) });
        }
      }
    }
  }
  return [...found.values()];
}
