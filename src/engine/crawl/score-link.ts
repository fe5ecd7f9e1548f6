import { foldForMatching, PAGE_KIND_RULES, type PageKind } from "./page-kinds.ts";
import { isPersonLinkText, isProfileLinkText } from "./person-link.ts";

export interface LinkCandidate {
  url: string;
  /** Anchor text plus title/aria-label/img alt. */
  text: string;
  /** Inside nav, header, footer or a menu: where sites put imprint and contact links. */
  inNavigation: boolean;
  /** For client-side include fragments: their links resolve against the including page. */
  linkBase?: string;
}

export interface ScoredLink {
  url: string;
  kind: PageKind | "job_detail" | null;
  score: number;
  /** The link text is a person's name: a profile page, worth a visit for that person's own contacts. */
  person?: boolean;
}

const OTHER_PAGE = 10;
const JOB_DETAIL = 65;
// Above a careers page's other links, below the imprint/contact/team/about pages themselves.
export const PERSON_PAGE = 67;
const LOW_VALUE_PATH = /\/(tag|tags|category|categories|kategorie|author|page|seite|feed|wp-json|search|suche|cart|warenkorb|login|wp-login|account)\b|\/\d{4}\/\d{2}\//i;

/** Score one link: its kind from link text (strongest) and URL slug, plus a bonus for navigation. */
export function scoreLink(link: LinkCandidate, foundOn: PageKind | "job_detail" | null): ScoredLink {
  const fromText = kindOf(foldForMatching(link.text), true);
  const fromUrl = kindOf(slugWords(link.url), false);
  const best = [fromText, fromUrl].filter((m) => m !== null).sort((a, b) => b.weight - a.weight)[0];
  const navigationBonus = link.inNavigation ? 5 : 0;
  if (best) {
    const agreement = fromText && fromUrl && fromText.kind === fromUrl.kind ? 5 : 0;
    return { url: link.url, kind: best.kind, score: best.weight + agreement + navigationBonus };
  }
  if (isPersonLinkText(link.text)) return { url: link.url, kind: null, score: PERSON_PAGE + navigationBonus, person: true };
  // On a team page, "Mehr" or "View profile" under each card opens that person's own page.
  if ((foundOn === "team" || foundOn === "about") && !link.inNavigation && isProfileLinkText(link.text)) {
    return { url: link.url, kind: null, score: PERSON_PAGE, person: true };
  }
  // Links on a careers page that are not navigation are usually the individual openings.
  if (foundOn === "careers" && !link.inNavigation) return { url: link.url, kind: "job_detail", score: JOB_DETAIL };
  const lowValue = LOW_VALUE_PATH.test(pathOf(link.url));
  return { url: link.url, kind: null, score: (lowValue ? 1 : OTHER_PAGE) + navigationBonus };
}

function kindOf(folded: string, isText: boolean): { kind: PageKind; weight: number } | null {
  if (!folded) return null;
  // Long link texts are prose ("contact us for a quote about ..."), not menu labels.
  if (isText && folded.split(" ").length > 6) return null;
  const padded = ` ${folded} `;
  for (const rule of PAGE_KIND_RULES) {
    const matches = isText
      ? rule.words.some((word) => padded.includes(` ${word} `))
      : rule.words.some((word) => slugMatches(folded, word, rule.kind));
    if (matches) return { kind: rule.kind, weight: rule.weight };
  }
  return null;
}

// Words that may follow a kind word in a slug without changing its meaning ("contact-us", "about-2").
const SLUG_TRAILERS = new Set(["us", "uns", "nous", "ons", "nos", "page", "seite", "form", "formular", "info", "policy", "notice", "and", "en", "de", "fr", "nl", "es", "it"]);

/** A slug names a page kind only when it is that word plus harmless trailers: "contact-lenses" is not contact. */
function slugMatches(slug: string, word: string, kind: PageKind): boolean {
  const tokens = slug.split(" ");
  const wordTokens = word.split(" ");
  for (let i = 0; i + wordTokens.length <= tokens.length; i++) {
    if (wordTokens.every((w, j) => tokens[i + j] === w)) {
      const rest = tokens.slice(i + wordTokens.length);
      if (rest.every((t) => SLUG_TRAILERS.has(t) || /^\d+$/.test(t))) return true;
    }
  }
  // German compounds (datenschutzerklaerung, impressum-und-agb) are unambiguous for these kinds.
  return (kind === "imprint" || kind === "privacy") && word.length >= 9 && slug.replace(/ /g, "").includes(word.replace(/ /g, ""));
}

/** The last path segment as folded words: the part of a URL that names the page. */
function slugWords(url: string): string {
  const segments = pathOf(url).replace(/\.(html?|php|aspx?)$/i, "").split("/").filter(Boolean);
  return foldForMatching(segments[segments.length - 1] ?? "");
}

function pathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return "";
  }
}
