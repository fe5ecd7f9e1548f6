import type { JobFacts, Page } from "../../types.ts";

const ANCHOR = /<a\b[^>]*>([\s\S]*?)<\/a>/gi;
const MIN_PAGES = 3;

/**
 * Link texts repeated on most pages of a site: its menus and footer columns, wherever the markup puts them
 * (a dropdown `ul` outside any `<nav>`, a `div` of links). A listing never repeats on every page.
 */
export function siteChromeLinkTexts(pages: readonly Page[]): Set<string> {
  if (pages.length < MIN_PAGES) return new Set();
  const seenOn = new Map<string, number>();
  for (const page of pages) {
    const texts = new Set<string>();
    for (const match of page.html.matchAll(ANCHOR)) {
      const text = linkKey(match[1]);
      if (text) texts.add(text);
    }
    for (const text of texts) seenOn.set(text, (seenOn.get(text) ?? 0) + 1);
  }
  const needed = Math.max(MIN_PAGES, Math.ceil(pages.length / 2));
  return new Set([...seenOn].filter(([, count]) => count >= needed).map(([text]) => text));
}

/** Careers-page listings whose title is only a site-wide menu link; structured postings are kept. */
export function withoutChromeTitles(jobs: JobFacts[], chrome: Set<string>): JobFacts[] {
  if (!chrome.size) return jobs;
  return jobs.filter((job) => job.source !== "careers_page" || !chrome.has(linkKey(job.title)));
}

function linkKey(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
