import type { Observation, Provenance, RegisterEntry } from "../../types.ts";
import { foldText } from "../../text/fold.ts";
import { rankValues, strongestOf } from "./rank-values.ts";
import { legalFormOf } from "./legal-form.ts";
import { nameAffinity } from "./trading-name.ts";

/** The legal entity: a "Name + legal form" close to the trading name or domain, else the imprint's operator line. */
export function resolveLegalName(observations: Observation[], tradingName: string | null, domain: string | null): string | null {
  return chooseLegalName(observations, tradingName, domain)?.value ?? null;
}

/** The legal name with the observation it was read from. */
export function chooseLegalName(observations: Observation[], tradingName: string | null, domain: string | null): Sourced<string> | null {
  const domainWords = domain ? domain.split(".")[0].replace(/[-_]/g, " ") : null;
  const operator = rankValues<string>(observations, "operator_name")[0] ?? null;
  const ranked = absorbTruncated(rankValues<string>(observations, "legal_name", (v) => foldText(v)))
    .map((r) => {
      const affinity = Math.max(nameAffinity(r.value, tradingName), nameAffinity(r.value, domainWords), compactAffinity(r.value, domainWords));
      return { ...r, score: r.score + 0.4 * affinity, affinity };
    })
    // Without a name in common, only the operator line of an imprint, a JSON-LD legalName or a field
    // labelled as the company's name ("Raison sociale: …") is trusted.
    .filter((r) => r.affinity > 0 || r.observations.some((o) => o.method === "json_ld" || o.method === "labelled_field") || (operator !== null && nameAffinity(r.value, operator.value) > 0))
    .sort((a, b) => b.score - a.score);
  const chosen = ranked[0] && ranked[0].score >= 0.5 ? ranked[0] : operator;
  const source = chosen ? strongestOf(chosen.observations) : null;
  if (!chosen || !source) return null;
  return { value: withoutCapitalClause(chosen.value.replace(/\s+/g, " ")), source };
}

// "Muster SARL au capital de 2 000 €": the share capital follows the name, it is not part of it.
const CAPITAL_CLAUSE = /,?\s+(?:au capital(?: social)? de|with (?:a )?share capital|con capitale sociale|mit (?:einem )?(?:Stamm|Grund)kapital|con (?:un )?capital social)\b.*$/iu;

function withoutCapitalClause(name: string): string {
  return name.replace(CAPITAL_CLAUSE, "").trim();
}

// Overlapping candidates: "Research Group LLC" is a line-broken "Pacific Research Group LLC" (the
// longer wins), but "Vertriebsteam der Muster GmbH" is prose around "Muster GmbH" (the shorter wins).
function absorbTruncated<T extends { value: string; score: number; observations: Observation[] }>(ranked: T[]): T[] {
  const prefixOf = (long: T, short: T): string | null => {
    const l = foldText(long.value);
    const s = foldText(short.value);
    return long !== short && l.endsWith(` ${s}`) ? l.slice(0, -s.length - 1) : null;
  };
  const isProse = (prefix: string) => /(^|\s)(der|des|den|dem|die|das|of|the|for|für|fur|bei|von|an|at|by|to|with|from|fa|firma|jetzt|founder)$/.test(prefix);
  // A name standing alone in a labelled field ("Denominación social: X SL") is whole; "de X SL" is prose around it.
  const labelled = (r: T) => r.observations.some((o) => o.method === "labelled_field");
  const keep = ranked.filter((r) => !ranked.some((o) => {
    const asShort = prefixOf(o, r);
    if (asShort !== null) return !isProse(asShort) && !labelled(r);
    const asLong = prefixOf(r, o);
    return asLong !== null && (isProse(asLong) || labelled(o));
  }));
  return keep.map((r) => {
    const absorbed = ranked.filter((o) => prefixOf(r, o) !== null || prefixOf(o, r) !== null);
    return absorbed.length ? { ...r, score: Math.max(r.score, ...absorbed.map((o) => o.score)) } : r;
  });
}

function compactAffinity(name: string, domainWords: string | null): number {
  if (!domainWords) return 0;
  const label = foldText(domainWords).replace(/ /g, "");
  return foldText(name).split(" ").some((t) => t.length >= 4 && label.includes(t)) ? 1 : 0;
}

export function resolveLegalForm(observations: Observation[], legalName: string | null): string | null {
  return chooseLegalForm(observations, legalName ? { value: legalName, source: null } : null)?.value ?? null;
}

/** The legal form read from the legal name (then it shares the name's source), else stated on its own. */
export function chooseLegalForm(observations: Observation[], legalName: { value: string; source: Provenance | null } | null): { value: string; source: Provenance | null } | null {
  const fromName = legalName ? legalFormOf(legalName.value) : null;
  if (fromName) return { value: fromName, source: legalName?.source ?? null };
  const stated = rankValues<string>(observations, "legal_form")[0];
  return stated && stated.score >= 0.6 ? { value: stated.value, source: strongestOf(stated.observations) } : null;
}

const PARTNERSHIP = /KG|OHG/;

/** A resolved value and the observation it was taken from. */
export interface Sourced<T> {
  value: T;
  source: Provenance;
}

/** The register entry of the entity itself; a KG's own HRA beats its general partner's HRB. */
export function resolveRegister(observations: Observation[], legalForm: string | null): RegisterEntry | null {
  return chooseRegister(observations, legalForm)?.value ?? null;
}

/** The register entry with the observation that states its court (else its number). */
export function chooseRegister(observations: Observation[], legalForm: string | null): Sourced<RegisterEntry> | null {
  const ranked = rankValues<RegisterEntry>(observations, "register", (r) => foldText(r.number).replace(/ /g, ""));
  if (!ranked.length) return null;
  const preferred = legalForm && PARTNERSHIP.test(legalForm) ? ranked.find((r) => /^HRA/.test(r.value.number)) : undefined;
  const chosen = preferred ?? ranked[0];
  if (chosen.score < 0.45) return null;
  // The most specific court wording seen for this number ("Companies House (England and Wales)" over "Companies House").
  const withCourt = chosen.observations.filter((o) => (o.value as RegisterEntry).court);
  const strongest = Math.max(...withCourt.map((o) => o.confidence));
  const base = (withCourt.find((o) => o.confidence === strongest)?.value as RegisterEntry | undefined)?.court ?? null;
  const courts = withCourt.map((o) => (o.value as RegisterEntry).court as string);
  const court = base ? courts.filter((c) => c.startsWith(base)).sort((a, b) => b.length - a.length)[0] : null;
  const source = strongestOf(withCourt.length ? withCourt : chosen.observations);
  return source ? { value: { court, number: chosen.value.number }, source } : null;
}
