import type { CheerioAPI } from "cheerio";
import { CAREERS_HEADING, CAREERS_PATH, OPENINGS_HEADING } from "./careers-vocabulary.ts";

function pathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}

/** The page is about working at the company: its path, title or a heading says so. */
export function isCareersPage(url: string, $: CheerioAPI): boolean {
  if (CAREERS_PATH.test(pathOf(url))) return true;
  if (/\b(?:karriere|careers?|jobs?|stellenangebote|vacatures|emplois?|empleo|lavora con noi)\b/iu.test($("title").text())) return true;
  let found = false;
  $("h1, h2, h3").each((_, el) => {
    const text = $(el).text().replace(/\s+/g, " ").trim();
    if ((text.length < 80 && OPENINGS_HEADING.test(text)) || CAREERS_HEADING.test(text)) found = true;
  });
  return found;
}

/** A page below a careers path ("/careers/<slug>"): one posting per page, its main heading is the title. */
export function isJobDetailPage(url: string): boolean {
  const segments = pathOf(url).split("/").filter(Boolean);
  const at = segments.findIndex((s) => CAREERS_PATH.test("/" + s.replace(/\.html?$/i, "")));
  if (at < 0 || at === segments.length - 1) return false;
  const rest = segments.slice(at + 1).filter((s) => !/^index\.html?$/i.test(s));
  return rest.length > 0;
}
