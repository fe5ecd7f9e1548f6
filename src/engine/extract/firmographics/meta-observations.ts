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
  const logoAlt = $("[class*=logo i] img[alt], img[class*=logo i][alt], img[src*=logo i][alt], a[class*=brand i] img[alt], header img[alt]")
    .map((_, el) => cleanLogoText($(el).attr("alt") ?? ""))
    .get()
    .find((alt) => alt.length >= 3);
  add("logo_alt", logoAlt ?? "", 0.6);
  add("brand_text", brandText(doc), 0.6);
  $("h1").slice(0, 2).each((_, el) => add("heading", $(el).text().replace(/\s+/g, " ").trim(), 0.3));
  return out;
}

function cleanLogoText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/\s*[-|]?\s*(logo|website|homepage|home)\s*$/i, "")
    .replace(/^logo\s*[-|:]?\s*/i, "")
    .trim();
}

// The text next to the logo inside the home link ("<a href=/><img><h2>Muster & Partner</h2></a>").
function brandText(doc: ParsedPage): string {
  const { $ } = doc;
  const home = $("a[href='/'], a[href='./'], a[href='index.html'], a[href='./index.html'], a[class*=brand i], [class*=site-title i], [class*=logo i]")
    .filter((_, el) => $(el).find("img, svg").length > 0 || /brand|title|logo/i.test($(el).attr("class") ?? ""))
    .first();
  const heading = home.find("h1, h2, h3, strong, span, div").filter((_, el) => $(el).children().length === 0).first().text();
  const text = (heading || home.text()).replace(/\s+/g, " ").trim();
  return text.length >= 3 && text.length <= 60 ? text : "";
}
