/** What a page is for; decides how much its statements about the company are trusted. */
export type PageKind = "imprint" | "privacy" | "contact" | "team" | "home" | "other";

const IMPRINT = /impressum|imprint|legal[-_ ]?notice|mentions[-_ ]?legales|aviso[-_ ]?legal|note[-_ ]?legali|colofon|rechtliche/i;
const LEGAL = /\blegal\b/i;
const HOME = /^\/((docs|site|frontend|public|dist|www)\/)?((de|en|fr|nl|es|it)\/)?((index|start)[\w-]*\.html?)?$/i;
const PRIVACY = /datenschutz|privacy|privacidad|confidentialit|riservatezza|cookie|terms|agb|tos\b|haftungsausschluss|compliance|policy|voorwaarden|cgv|condizioni/i;
const CONTACT = /kontakt|contact|contatt|contacto|anfahrt/i;
const TEAM = /team|mitarbeiter|ansprechpartner|our-doctors|doctors|aerzte|ärzte|people|staff|vorstand|leadership/i;

export function classifyPage(url: string, title: string, lines: string[], headings: string[] = []): PageKind {
  const path = safePath(url);
  if (HOME.test(path)) return "home";
  if (IMPRINT.test(path) || IMPRINT.test(title) && !PRIVACY.test(path)) return "imprint";
  if (PRIVACY.test(path)) return "privacy";
  if (LEGAL.test(path)) return "imprint";
  if (CONTACT.test(path)) return "contact";
  if (TEAM.test(path)) return "team";
  if (looksLikeImprint(lines, headings)) return "imprint";
  return "other";
}

// Tilda/Wix exports hide the imprint behind numeric page names; its statutory heading gives it away.
function looksLikeImprint(lines: string[], headings: string[]): boolean {
  return headings.some((h) => /^(impressum|imprint|legal notice|mentions légales)$/i.test(h)) || lines.some((l) => /angaben gem(ä|ae)(ß|ss) § ?5/i.test(l));
}

function safePath(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}
