import type { CheerioAPI } from "cheerio";

// Every URL a page loads as script, in document order: `<script src>`, but also what an import map
// names (`<script type="importmap">` — modern sites load libraries such as three.js only this way) and
// what `<link rel="modulepreload">` / `<link rel="preload" as="script">` fetch ahead of time.
// Bounded: an import map is parsed only up to MAX_IMPORT_MAP_CHARS and contributes MAX_IMPORT_MAP_URLS.
const MAX_IMPORT_MAP_CHARS = 100_000;
const MAX_IMPORT_MAP_URLS = 200;

export function readScriptUrls($: CheerioAPI, base: string, maxLength: number): string[] {
  const urls: string[] = [];
  const add = (raw: string | undefined): void => {
    const src = raw?.trim();
    if (src) urls.push(absolute(src, base).slice(0, maxLength));
  };
  $("script[src]").each((_, el) => add(el.attribs.src));
  $("link[href][rel]").each((_, el) => {
    const rel = el.attribs.rel.toLowerCase();
    if (rel === "modulepreload" || (rel === "preload" && el.attribs.as?.toLowerCase() === "script")) add(el.attribs.href);
  });
  $('script[type="importmap"]').each((_, el) => {
    for (const url of importMapUrls($(el).text())) add(url);
  });
  return urls;
}

/** The URL values of an import map's `imports` and `scopes`; nothing when it is not valid JSON. */
export function importMapUrls(json: string): string[] {
  if (json.length > MAX_IMPORT_MAP_CHARS) return [];
  let map: unknown;
  try {
    map = JSON.parse(json);
  } catch {
    return [];
  }
  if (!map || typeof map !== "object") return [];
  const { imports, scopes } = map as { imports?: unknown; scopes?: unknown };
  const tables = [imports, ...(scopes && typeof scopes === "object" ? Object.values(scopes) : [])];
  const urls = tables.flatMap((table) => (table && typeof table === "object" ? Object.values(table) : []));
  return urls.filter((url): url is string => typeof url === "string").slice(0, MAX_IMPORT_MAP_URLS);
}

function absolute(src: string, base: string): string {
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}
