import type { JobFacts, Page } from "../../types.ts";
import { detectAts } from "./detect-ats.ts";
import { dedupeJobs } from "./dedupe-jobs.ts";
import type { AtsFeed } from "./feeds/feed-parser.ts";
import { greenhouseFeed } from "./feeds/greenhouse.ts";
import { leverFeed } from "./feeds/lever.ts";
import { personioFeed } from "./feeds/personio.ts";
import { recruiteeFeed } from "./feeds/recruitee.ts";
import { smartRecruitersFeed } from "./feeds/smartrecruiters.ts";
import { workableFeed } from "./feeds/workable.ts";

export interface TextFetcher {
  getText(url: string): Promise<string | null>;
}

const FEEDS: AtsFeed[] = [greenhouseFeed, leverFeed, personioFeed, workableFeed, recruiteeFeed, smartRecruitersFeed];

/** The public feed URL of one board; a configured base (which may contain `{account}`) replaces the default. */
export function atsFeedUrl(feed: AtsFeed, account: string, base?: string): string {
  const root = (base ?? feed.defaultBase).replace(/\/+$/, "").replace("{account}", encodeURIComponent(account));
  return root + feed.path(account);
}

/** Jobs from the public feed of every ATS board the pages point to; a failing feed contributes nothing. */
export async function fetchAtsJobs(
  pages: Page[],
  fetcher: TextFetcher,
  options: { feedBaseUrls?: Record<string, string> } = {},
): Promise<JobFacts[]> {
  const results = await Promise.all(
    detectAts(pages).map(async ({ ats, account }) => {
      const feed = FEEDS.find((f) => f.ats === ats);
      if (!feed) return [];
      const feedUrl = atsFeedUrl(feed, account, options.feedBaseUrls?.[ats]);
      try {
        const body = await fetcher.getText(feedUrl);
        return body ? feed.parse(body, { ats, account, feedUrl }) : [];
      } catch {
        return [];
      }
    }),
  );
  return dedupeJobs(results.flat());
}
