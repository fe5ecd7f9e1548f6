import { getDomain } from "tldts";

/** The company's web domain from the home page URL: "www.shop.muster.de" → "muster.de". */
export function siteDomain(homeUrl: string | undefined): string | null {
  if (!homeUrl) return null;
  const host = new URL(homeUrl).hostname;
  return getDomain(host) ?? (host.replace(/^www\./, "") || null);
}
