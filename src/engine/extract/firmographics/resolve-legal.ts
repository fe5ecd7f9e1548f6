import type { Observation, RegisterEntry } from "../../types.ts";
import { foldText, rankValues } from "./rank-values.ts";
import { legalFormOf } from "./legal-form.ts";
import { nameAffinity } from "./trading-name.ts";

/** The legal entity: a "Name + legal form" close to the trading name or domain, else the imprint's operator line. */
export function resolveLegalName(observations: Observation[], tradingName: string | null, domain: string | null): string | null {
  const domainWords = domain ? domain.split(".")[0].replace(/[-_]/g, " ") : null;
  const ranked = rankValues<string>(observations, "legal_name", (v) => foldText(v))
    .map((r) => {
      const affinity = Math.max(nameAffinity(r.value, tradingName), nameAffinity(r.value, domainWords), compactAffinity(r.value, domainWords));
      return { ...r, score: r.score + 0.4 * affinity, affinity };
    })
    .filter((r) => r.affinity > 0 || r.observations.some((o) => o.method === "imprint_text" || o.method === "json_ld"))
    .sort((a, b) => b.score - a.score);
  if (ranked[0] && ranked[0].score >= 0.5) return ranked[0].value.replace(/\s+/g, " ");
  const operator = rankValues<string>(observations, "operator_name")[0];
  return operator ? operator.value : null;
}

function compactAffinity(name: string, domainWords: string | null): number {
  if (!domainWords) return 0;
  const label = foldText(domainWords).replace(/ /g, "");
  return foldText(name).split(" ").some((t) => t.length >= 4 && label.includes(t)) ? 1 : 0;
}

export function resolveLegalForm(observations: Observation[], legalName: string | null): string | null {
  const fromName = legalName ? legalFormOf(legalName) : null;
  if (fromName) return fromName;
  const stated = rankValues<string>(observations, "legal_form")[0];
  return stated && stated.score >= 0.6 ? stated.value : null;
}

const PARTNERSHIP = /KG|OHG/;

/** The register entry of the entity itself; a KG's own HRA beats its general partner's HRB. */
export function resolveRegister(observations: Observation[], legalForm: string | null): RegisterEntry | null {
  const ranked = rankValues<RegisterEntry>(observations, "register", (r) => foldText(r.number).replace(/ /g, ""));
  if (!ranked.length) return null;
  const preferred = legalForm && PARTNERSHIP.test(legalForm) ? ranked.find((r) => /^HRA/.test(r.value.number)) : undefined;
  const chosen = preferred ?? ranked[0];
  if (chosen.score < 0.45) return null;
  const court = chosen.value.court ?? chosen.observations.map((o) => (o.value as RegisterEntry).court).find(Boolean) ?? null;
  return { court, number: chosen.value.number };
}
