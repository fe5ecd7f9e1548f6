import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { isNoiseElement } from "./noise-zones.ts";
import { boundLine, MAX_TEXT_CHARS } from "../bound-text.ts";
import { sharedPageDocument } from "../../parse/shared-page-document.ts";
import type { Page } from "../../types.ts";

/** One visual line of a page: the text of a block element up to the next block or <br>. */
export interface TextLine {
  text: string;
  /** The nearest block-level element that holds the line (a card lookup starts here). */
  block: Element;
}

export interface PageLines {
  $: CheerioAPI;
  lines: TextLine[];
}

const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "iframe", "head", "select", "option", "textarea", "button", "form", "nav", "input"]);
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3",
  "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr",
  "ul", "body", "html", "center", "details", "summary", "caption",
]);
// Inline elements styled as separate lines in card layouts (<span class="name">…<span class="role">).
const LINE_LIKE_CLASS = /name|title|role|position|job|funktion|function|designation|subtitle|caption|label/i;

/** Splits a page into visual text lines, leaving out scripts, menus, forms and testimonial/credit zones. */
export function pageLines(page: Page): PageLines {
  const $ = sharedPageDocument(page);
  const lines: TextLine[] = [];
  let buffer = "";
  let current: Element | null = null;
  let kept = 0;
  const flush = (): void => {
    const block = current;
    if (block && kept < MAX_TEXT_CHARS) {
      for (const text of boundLine(cleanText(buffer))) {
        kept += text.length;
        lines.push({ text, block });
      }
    }
    buffer = "";
  };
  const walk = (node: AnyNode, block: Element): void => {
    if (node.type === "text") {
      if (current !== block) flush();
      current = block;
      buffer += (node as unknown as { data: string }).data;
      return;
    }
    if (node.type !== "tag") return;
    const el = node as Element;
    const tag = el.name.toLowerCase();
    if ((SKIPPED.has(tag) && !wrapsPageContent(el)) || isNoiseElement(el)) return;
    // "Projekt- &<br>Produktmanager": a break after a dangling connector continues the same line.
    // Only the tail is tested: many <br> after connectors must not rescan an ever longer buffer.
    if (tag === "br") return /[&/,+-]\s*$/.test(buffer.slice(-64)) ? void (buffer += " ") : flush();
    const startsLine = BLOCKS.has(tag) || (LINE_LIKE_CLASS.test(el.attribs.class ?? "") && hasText(el));
    if (startsLine) flush();
    for (const child of el.children) walk(child, startsLine ? el : block);
    if (startsLine) flush();
  };
  const root = $.root()[0];
  if (root) for (const child of root.children) walk(child, child as Element);
  flush();
  return { $, lines };
}

// ASP.NET WebForms and some builders wrap the whole page in one <form>; an input form never holds
// the page's main headings or articles, so such a form is walked like any container.
const PAGE_CONTENT = new Set(["h1", "h2", "main", "article"]);

// Team cards that open a detail dialog are often one <button> around the photo, name and role; a
// button holding block content is such a card, not a control with a label.
const CARD_CONTENT = new Set(["div", "p", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "ul", "dl"]);

function wrapsPageContent(el: Element): boolean {
  const tag = el.name.toLowerCase();
  const wanted = tag === "form" ? PAGE_CONTENT : tag === "button" ? CARD_CONTENT : null;
  if (!wanted) return false;
  const stack = [...el.children];
  while (stack.length) {
    const node = stack.pop() as AnyNode;
    if (node.type !== "tag") continue;
    const child = node as Element;
    if (wanted.has(child.name.toLowerCase())) return true;
    stack.push(...child.children);
  }
  return false;
}

function hasText(el: Element): boolean {
  return el.children.some((c) => c.type === "text" && /\S/.test((c as unknown as { data: string }).data));
}

/** Normalises invisible and unusual spacing characters found in CMS output. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, "")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\s]+/g, " ")
    .replace(/\u2011/g, "-")
    .trim();
}
