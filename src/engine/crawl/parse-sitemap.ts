import { XMLParser } from "fast-xml-parser";

export interface SitemapEntries {
  pages: string[];
  /** Child sitemaps of a sitemap index. */
  sitemaps: string[];
}

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, processEntities: true });

/** Page and child-sitemap URLs of a sitemap.xml; anything unparseable yields nothing. */
export function parseSitemap(xml: string): SitemapEntries {
  let document: Record<string, unknown>;
  try {
    document = parser.parse(xml) as Record<string, unknown>;
  } catch {
    return { pages: [], sitemaps: [] };
  }
  return {
    pages: locations((document.urlset as Record<string, unknown> | undefined)?.url),
    sitemaps: locations((document.sitemapindex as Record<string, unknown> | undefined)?.sitemap),
  };
}

function locations(entries: unknown): string[] {
  const list = Array.isArray(entries) ? entries : entries ? [entries] : [];
  return list
    .map((entry) => (entry && typeof entry === "object" ? (entry as { loc?: unknown }).loc : undefined))
    .filter((loc): loc is string => typeof loc === "string" && loc.trim().length > 0)
    .map((loc) => loc.trim());
}
