import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { boundLines } from "../bound-text.ts";

// Legal blocks are laid out with <br> and block elements; flattening them to one string glues
// "GmbHAm Umspannwerk 18" together, so visible text is rebuilt as lines at block boundaries.
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
  "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul", "option", "button",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "head", "iframe", "select"]);

/** Visible text of a subtree as trimmed, non-empty lines with collapsed whitespace. */
export function textLines($: CheerioAPI, root: AnyNode | AnyNode[]): string[] {
  const parts: string[] = [];
  const walk = (node: AnyNode, pre: boolean): void => {
    if (node.type === "text") {
      const data = (node as unknown as { data: string }).data;
      // Source-code line breaks are not visible; only <pre> keeps them.
      parts.push(pre ? data : data.replace(/\s+/g, " "));
      return;
    }
    if (node.type !== "tag" && node.type !== "root") return;
    const el = node as Element;
    const name = el.name?.toLowerCase();
    if (name && SKIP.has(name)) return;
    if (name && isHidden(el)) return;
    const block = name !== undefined && BLOCK.has(name);
    if (block) parts.push("\n");
    for (const child of el.children ?? []) walk(child, pre || name === "pre");
    if (block) parts.push("\n");
  };
  for (const node of Array.isArray(root) ? root : [root]) walk(node, false);
  const lines = parts
    .join("")
    .replace(/\u00a0|\u2007|\u202f/g, " ")
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, " ").trim());
  return boundLines(lines);
}

function isHidden(el: Element): boolean {
  const style = el.attribs?.style ?? "";
  const hidden = /display\s*:\s*none/i.test(style) || el.attribs?.hidden !== undefined;
  return hidden && !isDialog(el);
}

// One-page sites keep their legal notice in a modal that a footer link opens: hidden until clicked,
// but it is the site's imprint. Dialogs are read; other hidden content (templates, stale variants) is not.
const DIALOG = /modal|dialog|popup|overlay|lightbox|mentions|impressum|imprint|legal/i;

function isDialog(el: Element): boolean {
  const attrs = `${el.attribs?.id ?? ""} ${el.attribs?.class ?? ""} ${el.attribs?.role ?? ""}`;
  return el.name?.toLowerCase() === "dialog" || DIALOG.test(attrs);
}

/** The lines of a whole document body (or the document when there is no body). */
export function documentLines($: CheerioAPI): string[] {
  const body = $("body").get(0);
  return textLines($, body ?? $.root().get(0)!);
}
