import { urlTokenAt, isCountableUrlMatch } from "./third-party-url-guard.ts";

// False-positive guard for `html` patterns: Wappalyzer runs them over the whole document, so a blog
// post that merely says "we moved off Shopify" would match a loose pattern. A match counts only when
// it touches markup (a tag, attribute, comment, script or style), never when it lies wholly inside
// visible text; and a match ending inside a third-party URL must pass the URL guard.

const HIDDEN_CONTENT_TAGS = /^(?:script|style|template)\b/i;

export function isCountableMarkupMatch(html: string, start: number, end: number, anchorsOnHost: boolean, pageSite: string): boolean {
  if (isInsideVisibleText(html, start, end)) return false;
  const token = urlTokenAt(html, Math.max(start, end - 1));
  if (!token) return true;
  const span = { start: start - token.offset, end: end - token.offset };
  return isCountableUrlMatch(token.url, span, anchorsOnHost, pageSite);
}

export function isInsideVisibleText(html: string, start: number, end: number): boolean {
  const matched = html.slice(start, end);
  if (matched.includes("<") || matched.includes(">")) return false;
  const lastOpen = html.lastIndexOf("<", start - 1);
  const lastClose = html.lastIndexOf(">", start - 1);
  if (lastOpen > lastClose) return false;
  if (lastOpen < 0) return true;
  const tagStart = html.slice(lastOpen + 1, lastOpen + 12);
  if (tagStart.startsWith("!--")) return html.indexOf("-->", lastOpen) + 3 <= start;
  // Text right after an opening script/style tag is code, not prose.
  return !HIDDEN_CONTENT_TAGS.test(tagStart);
}
