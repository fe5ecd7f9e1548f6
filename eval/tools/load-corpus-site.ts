import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Page } from "../../src/engine/types.ts";

// Development aid: every HTML file of one corpus site as a Page, as if served at http://<domain>/.
// The real evaluation path crawls the site over HTTP; this one lets extractor work start without it.
export function loadCorpusSitePages(siteDir: string, domain: string): Page[] {
  const pages: Page[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.html?$/i.test(name)) pages.push(toPage(path, relative(siteDir, path), domain));
    }
  };
  walk(siteDir);
  return pages;
}

function toPage(path: string, rel: string, domain: string): Page {
  const cleanPath = rel.replace(/\\/g, "/").replace(/(^|\/)index\.html?$/i, "$1");
  return {
    url: `http://${domain}/${cleanPath}`,
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8" },
    contentType: "text/html",
    html: readFileSync(path, "utf8"),
    fetchedAt: new Date(0).toISOString(),
  };
}
