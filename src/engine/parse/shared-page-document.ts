import { load, type CheerioAPI } from "cheerio";
import type { Page } from "../types.ts";

// Parsing is most of what extraction costs, and every extractor used to parse each page again.
// The document is kept beside its page object (weakly, so it lives no longer than the page) and
// rebuilt if the page's html is replaced.
const documents = new WeakMap<Page, { html: string; $: CheerioAPI }>();

/**
 * The page's html parsed once (cheerio's default parse5 parser) and shared by every extractor.
 * Read-only: an extractor that edits the tree works on `mutablePageDocument(page)` instead.
 */
export function sharedPageDocument(page: Page): CheerioAPI {
  const cached = documents.get(page);
  if (cached && cached.html === page.html) return cached.$;
  const $ = load(page.html);
  documents.set(page, { html: page.html, $ });
  return $;
}

/** Lets go of the page's document; the next sharedPageDocument(page) parses again. */
export function forgetPageDocument(page: Page): void {
  documents.delete(page);
}
