import { load, type CheerioAPI } from "cheerio";
import { cloneNode } from "domhandler";
import type { Page } from "../types.ts";
import { sharedPageDocument } from "./shared-page-document.ts";

/**
 * A private copy of the page's shared document, for an extractor that removes parts of the tree.
 * Copying the parsed tree is several times cheaper than parsing the html again.
 */
export function mutablePageDocument(page: Page): CheerioAPI {
  return load(cloneNode(sharedPageDocument(page).root()[0], true));
}
