import type { Fetcher } from "../fetch/create-fetcher.ts";
import { parseSitemap } from "./parse-sitemap.ts";

const MAX_SITEMAP_FILES = 5;

/** Page URLs from robots.txt Sitemap: lines, or /sitemap.xml, following one level of sitemap index. */
export async function discoverSitemapPages(
  origin: string,
  robotsSitemaps: string[],
  fetcher: Pick<Fetcher, "fetch">,
  maxUrls: number,
): Promise<string[]> {
  const pending = robotsSitemaps.length ? [...robotsSitemaps] : [`${origin}/sitemap.xml`];
  const pages: string[] = [];
  let files = 0;
  while (pending.length && files < MAX_SITEMAP_FILES && pages.length < maxUrls) {
    const url = pending.shift()!;
    files++;
    const result = await fetcher.fetch(url, { kind: "text" });
    if (!result.ok) continue;
    const entries = parseSitemap(result.page.html);
    pages.push(...entries.pages);
    pending.push(...entries.sitemaps);
  }
  return pages.slice(0, maxUrls);
}
