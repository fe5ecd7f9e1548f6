import type { Fetcher } from "../fetch/create-fetcher.ts";
import { parseSitemap } from "./parse-sitemap.ts";
import type { SiteScope } from "./site-scope.ts";

const MAX_SITEMAP_FILES = 5;

/**
 * Page URLs from robots.txt Sitemap: lines, or /sitemap.xml, following one level of sitemap index.
 * Child sitemaps outside the site are not fetched: an index may point anywhere.
 */
export async function discoverSitemapPages(
  scope: Pick<SiteScope, "origin" | "inScope">,
  robotsSitemaps: string[],
  fetcher: Pick<Fetcher, "fetch">,
  maxUrls: number,
): Promise<string[]> {
  const pending = robotsSitemaps.length ? [...robotsSitemaps] : [`${scope.origin}/sitemap.xml`];
  const pages: string[] = [];
  let files = 0;
  while (pending.length && files < MAX_SITEMAP_FILES && pages.length < maxUrls) {
    const url = pending.shift()!;
    files++;
    const result = await fetcher.fetch(url, { kind: "text" });
    if (!result.ok) continue;
    const entries = parseSitemap(result.page.html);
    pages.push(...entries.pages);
    pending.push(...entries.sitemaps.map((child) => scope.inScope(child)).filter((child): child is string => child !== null));
  }
  return pages.slice(0, maxUrls);
}
