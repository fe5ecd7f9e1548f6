// A site's own technology stack shows on its home page and on the pages every visitor of a business
// site reads (contact, imprint, about/team, careers, directions). A technology seen on just one other
// subpage (a gallery's lightbox, an events calendar, one product video) is page-level evidence.
const CORE_PAGE_WORDS = new RegExp(
  "(?:^|[/_.-])(?:" +
    [
      "contact", "kontakt", "contacto", "contatt[io]", "impressum", "imprint", "legal", "mentions-legales", "aviso-legal", "colofon",
      "about", "ueber", "uber", "a-propos", "qui-sommes-nous", "chi-siamo", "sobre", "over-ons", "team", "equipe", "career",
      "karriere", "jobs?", "stellen", "emploi", "carriere", "vacatures", "werken-bij", "lavora", "empleo", "anfahrt", "standort",
      "location", "directions", "route", "acces",
    ].join("|") +
    ")",
  "i",
);

/** A test telling whether a page URL is site-level: the home page or a core page. The home page is the
 *  shallowest one, not the first: page order depends on the crawler (or a directory listing). */
export function siteLevelPageTest(pageUrls: string[]): (url: string) => boolean {
  const depths = new Map(pageUrls.map((url) => [url, pathDepth(url)]));
  const shallowest = Math.min(...depths.values());
  const home = new Set(pageUrls.filter((url) => depths.get(url) === shallowest));
  return (url) => !depths.has(url) || home.has(url) || CORE_PAGE_WORDS.test(pathOf(url));
}

function pathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}

/** Path segments below the site root: `/` is 0, `/kontakt/` and `/kontakt.html` are 1. */
function pathDepth(url: string): number {
  return pathOf(url).split("/").filter(Boolean).length;
}
