import { foldForMatching, PAGE_KIND_RULES, type PageKind } from "./page-kinds.ts";

// Only the document title and the first main heading are read: a page's own name for itself.
const TITLE = /<title[^>]*>([^<]{1,200})/i;
const FIRST_H1 = /<h1[^>]*>([\s\S]{1,400}?)<\/h1>/i;
const MAX_HEADING_WORDS = 8;
// Kinds whose links lead on to people or openings; the others gain nothing from a second look.
const USEFUL: ReadonlySet<PageKind> = new Set(["team", "about", "careers"]);

/**
 * The kind a fetched page turns out to be by its own title or first heading: a menu item the link
 * scorer did not know ("Wir für Sie", a plain file name) may still open the team or careers page,
 * and that page's own links (profiles, openings) then deserve its kind's treatment.
 */
export function kindFromContent(html: string): PageKind | null {
  const head = html.slice(0, 200_000);
  const h1 = FIRST_H1.exec(head)?.[1]?.replace(/<[^>]{0,300}>/g, " ") ?? "";
  for (const source of [h1, TITLE.exec(head)?.[1] ?? ""]) {
    for (const part of source.split(/[|–—·:]| - /)) {
      const folded = foldForMatching(decodeEntities(part));
      if (!folded || folded.split(" ").length > MAX_HEADING_WORDS) continue;
      const padded = ` ${folded} `;
      const rule = PAGE_KIND_RULES.find((r) => USEFUL.has(r.kind) && r.words.some((w) => padded.includes(` ${w} `)));
      if (rule) return rule.kind;
    }
  }
  return null;
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, "&").replace(/&#0?39;|&apos;/g, "'").replace(/&[a-z]+;|&#\d+;/gi, " ");
}
