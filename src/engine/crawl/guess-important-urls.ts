import type { PageKind } from "./page-kinds.ts";

// Conventional paths per language for the pages that matter most. Probed only for kinds the site's
// own links and sitemap did not reveal (menus built by JavaScript, pages linked only from forms).
const CONVENTIONAL_PATHS: Record<string, Partial<Record<PageKind, string[]>>> = {
  de: { imprint: ["impressum"], contact: ["kontakt"], about: ["ueber-uns"], team: ["team"], careers: ["karriere", "jobs"] },
  en: { imprint: ["imprint", "legal-notice"], contact: ["contact", "contact-us"], about: ["about", "about-us"], team: ["team", "our-team"], careers: ["careers", "jobs"] },
  fr: { imprint: ["mentions-legales"], contact: ["contact"], about: ["a-propos"], team: ["equipe"], careers: ["carrieres"] },
  nl: { imprint: ["colofon"], contact: ["contact"], about: ["over-ons"], team: ["team"], careers: ["vacatures"] },
  es: { imprint: ["aviso-legal"], contact: ["contacto"], about: ["sobre-nosotros"], team: ["equipo"], careers: ["empleo"] },
  it: { imprint: ["note-legali"], contact: ["contatti"], about: ["chi-siamo"], team: ["team"], careers: ["lavora-con-noi"] },
};

/** URLs to probe, relative to the home page's directory, for every important kind not yet found. */
export function guessImportantUrls(homeUrl: string, language: string, foundKinds: ReadonlySet<string>): { url: string; kind: PageKind }[] {
  const paths = CONVENTIONAL_PATHS[language.slice(0, 2).toLowerCase()] ?? CONVENTIONAL_PATHS.en;
  const base = new URL(".", homeUrl);
  const guesses: { url: string; kind: PageKind }[] = [];
  for (const [kind, slugs] of Object.entries(paths) as [PageKind, string[]][]) {
    if (foundKinds.has(kind)) continue;
    for (const slug of slugs) guesses.push({ url: new URL(slug, base).href, kind });
  }
  return guesses;
}

/** The page's declared language (<html lang="de-AT"> → "de"), or "" when absent. */
export function declaredLanguage(html: string): string {
  return /<html[^>]*\slang\s*=\s*["']?([a-zA-Z]{2})/i.exec(html)?.[1]?.toLowerCase() ?? "";
}
