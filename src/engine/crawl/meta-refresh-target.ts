import { cleanLinkUrl } from "./normalize-url.ts";

const MAX_REFRESH_SECONDS = 10;

/**
 * Where an immediate <meta http-equiv="refresh"> sends the reader. Static site builders use it for
 * moved pages (impressum/ → page123.html), so the target stands in for the page that refreshes.
 */
export function metaRefreshTarget(html: string, pageUrl: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?refresh/i.test(tag)) continue;
    const content = /content\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const value = content?.[1] ?? content?.[2] ?? "";
    const match = /^\s*(\d+(?:\.\d+)?)\s*[;,]\s*(?:url\s*=\s*)?["']?([^"']+)["']?\s*$/i.exec(value);
    if (!match || Number(match[1]) > MAX_REFRESH_SECONDS) continue;
    return cleanLinkUrl(match[2], pageUrl);
  }
  return null;
}
