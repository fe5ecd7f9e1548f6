import type { Observation } from "../../types.ts";
import { foldText } from "../../text/fold.ts";
import { withoutLegalForm } from "./legal-form.ts";
import { imprintNameExtending } from "./imprint-name-extension.ts";

const SOURCE_WEIGHT: Record<string, number> = { site_name: 1.0, name: 1.0, logo_alt: 0.7, brand_text: 0.7, application_name: 0.6, title: 0.5, home_title: 0.6, legal_name: 0.4, operator_name: 0.3 };
const MIN_NAME_SCORE = 0.25;
const GENERIC = /^(home|startseite|start|willkommen|welcome|impressum|imprint|kontakt|contact|datenschutz|privacy|about|über uns|ueber uns|team|karriere|jobs|news|blog|leistungen|services|index|page|seite|accueil|inicio|logo|menu|menü|about us|contact us|our team|phone icon|icon|image|bild)$|\\bicon\\b/i;
const HOSTNAME = /^[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){0,4}\.\p{L}{2,6}$/u;
const SEPARATORS = /\s+[|–—:·•»-]\s+|\s*[|·•»]\s*/;

/**
 * The trading name as the site presents it, voted from og:site_name, JSON-LD, logo alt and page
 * titles. Each kind of source votes once per candidate, so a name repeated in 40 legal notices does
 * not outvote the site name; title segments count by the share of pages whose title carries them.
 */
export function resolveTradingName(observations: Observation[], domain: string | null): string | null {
  const votes = new Map<string, { spellings: Map<string, number>; bySource: Map<string, number> }>();
  const spelled = new Set<string>();
  const vote = (text: string, source: string, weight: number) => {
    const clean = cleanName(text);
    const key = foldText(withoutLegalForm(clean));
    if (!key || GENERIC.test(clean) || clean.length > 70) return;
    const entry = votes.get(key) ?? { spellings: new Map<string, number>(), bySource: new Map<string, number>() };
    entry.bySource.set(source, Math.min(SOURCE_WEIGHT[source] ?? weight, (entry.bySource.get(source) ?? 0) + weight));
    // Each source kind backs a spelling once, so a logo alt repeated on every page does not outweigh the home title.
    const spellingKey = `${source}|${clean}`;
    if (!spelled.has(spellingKey)) {
      spelled.add(spellingKey);
      const cap = source === "legal_name" || source === "operator_name" ? 0.01 : SOURCE_WEIGHT[source] ?? weight;
      entry.spellings.set(clean, (entry.spellings.get(clean) ?? 0) + cap * (/\p{Lu}/u.test(clean) ? 1 : 0.3));
    }
    votes.set(key, entry);
  };
  const titled = new Set(observations.filter((o) => o.field === "title").map((o) => o.sourceUrl)).size || 1;
  for (const obs of observations) {
    if (typeof obs.value !== "string") continue;
    if (obs.field === "title") {
      for (const part of new Set(obs.value.split(SEPARATORS))) {
        vote(part, "title", (SOURCE_WEIGHT.title * 0.6) / titled);
        if (obs.confidence >= 0.6) vote(part, "home_title", 0.6);
      }
    } else if (obs.field === "legal_name" || obs.field === "operator_name") vote(withoutLegalForm(obs.value), obs.field, 1);
    else if (obs.field in SOURCE_WEIGHT) vote(obs.value, obs.field, 1);
  }
  const scored = [...votes.values()].map((v) => {
    const text = displaySpelling(v.spellings);
    const score = [...v.bySource.values()].reduce((a, b) => a + b, 0) + domainAffinity(text, domain);
    // "koeln-barf.de" in every title is the site's address; it names the business only when nothing else does.
    const titleOnly = [...v.bySource.keys()].every((source) => source === "title" || source === "home_title");
    return { text, score: HOSTNAME.test(text) && titleOnly ? score * 0.3 : score };
  });
  const top = scored.sort((a, b) => b.score - a.score)[0];
  // A lone page title is not evidence enough for a name.
  if (!top || top.score < MIN_NAME_SCORE) return null;
  return HOSTNAME.test(top.text) ? top.text : imprintNameExtending(top.text, observations) ?? top.text;
}

// English-speaking sites brand without "Ltd"/"LLC"; German ones often keep "GmbH" in the brand.
const ENGLISH_FORM = /[\s,]+(Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|Inc\.?|Corp\.?|Corporation|PLC|Pty\.? Ltd\.?)$/i;

function displaySpelling(spellings: Map<string, number>): string {
  const ranked = [...spellings.entries()].sort((a, b) => b[1] - a[1]).map(([text]) => text);
  // An all-lower-case title ("aquarienverein exotica") yields to a properly capitalised spelling.
  const top = ranked.find((text) => /\p{Lu}/u.test(text)) ?? ranked[0];
  return top.replace(ENGLISH_FORM, "").trim();
}

function cleanName(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/^(willkommen (bei|auf)|welcome to|home\s*[-|]|startseite\s*[-|]|der|die|das|the)\s+/i, "")
    .replace(/\s*[-|–]?\s*(home|startseite|start|homepage|website|official site|offizielle website)$/i, "")
    .replace(/^[\s"'„“]+|[\s"'“”,.]+$/g, "")
    .trim();
}

export function stripLegalForm(name: string): string {
  return withoutLegalForm(name);
}

// A name that spells the domain is almost certainly the trading name.
function domainAffinity(text: string, domain: string | null): number {
  if (!domain) return 0;
  const label = foldText(domain.split(".")[0] ?? "").replace(/ /g, "");
  const name = foldText(text).replace(/ /g, "");
  if (!label || !name) return 0;
  if (name === label) return 0.7;
  if (label.includes(name) || name.includes(label)) return 0.7;
  // Generic company words ("& Associates", "Group") are rarely in the domain, so they do not dilute the match.
  const tokens = foldText(text).split(" ").filter(isNameToken);
  const hits = tokens.filter((t) => label.includes(t)).length;
  return tokens.length ? (0.5 * hits) / tokens.length : 0;
}

export function nameAffinity(a: string, b: string | null): number {
  if (!b) return 0;
  const ta = new Set(foldText(a).split(" ").filter(isNameToken));
  const tb = foldText(b).split(" ").filter(isNameToken);
  if (!ta.size || !tb.length) return 0;
  return tb.filter((t) => ta.has(t)).length / Math.min(ta.size, tb.length);
}

const COMMON = /^(und|and|the|fur|fuer|der|die|das|von|des|mit|for|inc|ltd|llc|gmbh|verein|group|gruppe|company|services?|consulting|praxis|studio|associates|partners?|partnerschaft)$/;

function isNameToken(token: string): boolean {
  return token.length >= 3 && !COMMON.test(token);
}
