const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|msclkid|mc_cid|mc_eid|_ga|ref)$/i;
const NON_PAGE_EXTENSION = /\.(pdf|jpe?g|png|gif|webp|svg|ico|bmp|tiff?|mp[34]|m4a|mov|avi|webm|wav|ogg|zip|rar|7z|gz|tar|dmg|exe|msi|docx?|xlsx?|pptx?|odt|ods|csv|ics|vcf|css|js|mjs|json|woff2?|ttf|eot|otf|rss|atom|apk)$/i;

/**
 * The identity of a page for de-duplication: scheme and "www." ignored, default documents and
 * ".html" dropped (static hosts serve /a, /a.html and /a/index.html as one page), tracking removed.
 */
export function pageKey(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  let path = parsed.pathname.replace(/\/(index|default)\.(html?|php|aspx?)$/i, "/").replace(/\.html?$/i, "");
  path = path.replace(/\/+$/, "") || "/";
  const params = [...parsed.searchParams.entries()].filter(([name]) => !TRACKING_PARAM.test(name)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  return `${host}${parsed.port ? `:${parsed.port}` : ""}${path}${query}`;
}

/** A fetchable URL without fragment and tracking parameters, or null for non-pages and non-http links. */
export function cleanLinkUrl(href: string, base: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  if (NON_PAGE_EXTENSION.test(parsed.pathname)) return null;
  parsed.hash = "";
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
  return parsed.href;
}
