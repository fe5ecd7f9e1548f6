import type { Observation } from "../../types.ts";
import { foldText } from "./rank-values.ts";
import { withoutLegalForm } from "./legal-form.ts";

const SOURCE_WEIGHT: Record<string, number> = { site_name: 1.0, name: 1.0, logo_alt: 0.7, application_name: 0.6, title: 0.5, legal_name: 0.4, operator_name: 0.3 };
const GENERIC = /^(home|startseite|start|willkommen|welcome|impressum|imprint|kontakt|contact|datenschutz|privacy|about|über uns|ueber uns|team|karriere|jobs|news|blog|leistungen|services|index|page|seite|accueil|inicio|logo|menu|menü|about us|contact us|our team|phone icon|icon|image|bild)$|\\bicon\\b/i;
const SEPARATORS = /\s+[|–—:·•»\-]\s+|\s*[|·•»]\s*/;

/** The trading name as the site presents it, voted from og:site_name, JSON-LD, logo alt and page titles. */
export function resolveTradingName(observations: Observation[], domain: string | null, pageCount: number): string | null {
  const votes = new Map<string, { text: string; score: number }>();
  const vote = (text: string, weight: number) => {
    const clean = cleanName(text);
    const key = foldText(clean);
    if (!key || GENERIC.test(clean) || clean.length > 70) return;
    const entry = votes.get(key) ?? { text: clean, score: 0 };
    entry.score += weight;
    votes.set(key, entry);
  };
  const seen = new Set<string>();
  for (const obs of observations) {
    const weight = SOURCE_WEIGHT[obs.field === "name" && obs.method === "json_ld" ? "name" : obs.field];
    if (weight === undefined || typeof obs.value !== "string") continue;
    const dedupe = `${obs.field}|${obs.sourceUrl}|${obs.value}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    if (obs.field === "title") for (const part of obs.value.split(SEPARATORS)) vote(part, obs.confidence >= 0.6 ? weight : weight / pageCount);
    else if (obs.field === "legal_name" || obs.field === "operator_name") vote(stripLegalForm(obs.value), weight);
    else vote(obs.value, weight / (obs.field === "logo_alt" ? Math.max(1, Math.sqrt(pageCount)) : 1));
  }
  for (const entry of votes.values()) entry.score += domainAffinity(entry.text, domain);
  return [...votes.values()].sort((a, b) => b.score - a.score)[0]?.text ?? null;
}

function cleanName(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/^(willkommen (bei|auf)|welcome to|home\s*[-|]|startseite\s*[-|])\s*/i, "")
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
  if (name === label) return 0.8;
  if (label.includes(name) || name.includes(label)) return 0.6;
  const tokens = foldText(text).split(" ").filter((t) => t.length >= 3);
  const hits = tokens.filter((t) => label.includes(t)).length;
  return tokens.length ? (0.5 * hits) / tokens.length : 0;
}

export function nameAffinity(a: string, b: string | null): number {
  if (!b) return 0;
  const ta = new Set(foldText(a).split(" ").filter((t) => t.length >= 3));
  const tb = foldText(b).split(" ").filter((t) => t.length >= 3);
  if (!ta.size || !tb.length) return 0;
  return tb.filter((t) => ta.has(t)).length / Math.min(ta.size, tb.length);
}
