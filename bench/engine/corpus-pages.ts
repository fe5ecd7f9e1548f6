import { resolve } from "node:path";
import type { Page } from "../../src/engine/types.ts";
import { loadCorpusSitePages } from "../../eval/tools/load-corpus-site.ts";
import { readCorpusSites } from "../../eval/tools/read-corpus-sites.ts";

export interface CorpusSitePages {
  id: string;
  domain: string;
  pages: Page[];
}

/** Every HTML page of every corpus site, grouped by site, under the host the evaluation serves it as. */
export function readCorpusSitePages(corpusDir: string): CorpusSitePages[] {
  return readCorpusSites(resolve(corpusDir)).map((site) => ({ id: site.id, domain: site.host, pages: loadCorpusSitePages(site.root, site.host) }));
}

/** Fresh Page objects, so nothing an extractor may attach to a page object carries over between passes. */
export function copyPages(pages: Page[]): Page[] {
  return pages.map((page) => ({ ...page, headers: { ...page.headers } }));
}
