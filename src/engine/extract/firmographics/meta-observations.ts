import type { Observation } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";
import { observation } from "./observe.ts";

/** Site name, title, logo alt, description and keywords from a page's head and branding. */
export function extractMetaObservations(doc: ParsedPage): Observation[] {
  const { $ } = doc;
  const out: Observation[] = [];
  const meta = (selector: string) => ($(selector).attr("content") ?? "").replace(/\s+/g, " ").trim();
  const add = (field: string, value: string, confidence: number) => {
    if (value) out.push(observation(field, value, doc, "meta", confidence));
  };
  add("site_name", meta("meta[property='og:site_name'], meta[name='og:site_name']"), 0.8);
  add("application_name", meta("meta[name='application-name'], meta[name='apple-mobile-web-app-title']"), 0.6);
  add("title", doc.title, doc.kind === "home" ? 0.6 : 0.4);
  add("description", meta("meta[name='description' i]"), doc.kind === "home" ? 0.7 : 0.4);
  add("description", meta("meta[property='og:description']"), doc.kind === "home" ? 0.65 : 0.35);
  for (const keyword of meta("meta[name='keywords' i]").split(/[,;]/)) add("keyword", keyword.trim(), 0.5);
  const logoAlt = $("header img[alt], [class*=logo i] img[alt], img[class*=logo i][alt], img[src*=logo i][alt], a[class*=brand i] img[alt]").first().attr("alt");
  add("logo_alt", (logoAlt ?? "").replace(/\s+/g, " ").replace(/\s*[-|]?\s*logo\s*$/i, "").replace(/^logo\s*[-|:]?\s*/i, "").trim(), 0.6);
  $("h1").slice(0, 2).each((_, el) => add("heading", $(el).text().replace(/\s+/g, " ").trim(), 0.3));
  return out;
}
