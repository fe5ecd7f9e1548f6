import type { Page } from "../types.ts";
import { forgetPageDocument } from "./shared-page-document.ts";

/**
 * Drops the shared documents of a site's pages once every extractor is done with them. The caller
 * may keep the pages (to store them, to fetch ATS feeds); their documents need not outlive the analysis.
 */
export function releasePageDocuments(pages: readonly Page[]): void {
  for (const page of pages) forgetPageDocument(page);
}
