import type { Observation } from "../../types.ts";
import { getDomain } from "tldts";
import { rankValues, type RankedValue } from "./rank-values.ts";
import { phoneKey } from "./phone-normalize.ts";
import { classifyMailbox } from "./mailbox-kind.ts";

const MIN_PHONE_SCORE = 0.6;
// Numbers only seen in the body of ordinary pages count when the site offers nothing stronger.
const FALLBACK_PHONE_SCORE = 0.5;
const MAX_PHONES = 3;

/** Main company numbers, most prominent first; fax numbers and switchboard duplicates removed. */
export function resolvePhones(observations: Observation[], fax: string | null): string[] {
  return choosePhones(observations, fax).map((r) => r.value);
}

/** The main numbers, each with the observations behind it (the strongest is its source). */
export function choosePhones(observations: Observation[], fax: string | null): Array<RankedValue<string>> {
  const all = rankValues<string>(observations, "phone", phoneKey);
  const strong = all.filter((r) => r.score >= MIN_PHONE_SCORE);
  const ranked = strong.length ? strong : all.filter((r) => r.score >= FALLBACK_PHONE_SCORE).slice(0, 1);
  const keys = new Set(ranked.map((r) => phoneKey(r.value)));
  const faxKey = fax ? phoneKey(fax) : null;
  return ranked
    .filter((r) => phoneKey(r.value) !== faxKey)
    // "069 8700 1743-0" and "069 8700 1743" are the same switchboard.
    .filter((r) => !(phoneKey(r.value).endsWith("0") && keys.has(phoneKey(r.value).slice(0, -1))))
    .slice(0, MAX_PHONES);
}

export function resolveFax(observations: Observation[]): string | null {
  return chooseFax(observations)?.value ?? null;
}

export function chooseFax(observations: Observation[]): RankedValue<string> | null {
  const top = rankValues<string>(observations, "fax", phoneKey)[0];
  return top && top.score >= MIN_PHONE_SCORE ? top : null;
}

const FREEMAIL = /^(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|gmx|web|t-online|freenet|arcor|posteo|mailbox|pm|proton|protonmail|tutanota|tuta|online|vodafone|1und1|kabelmail|rediffmail|zoho|mail|yandex|orange|free|wanadoo|libero|virgilio|tiscali|telenet|ziggo|kpnmail|bigpond|optusnet|btinternet|sky|shaw|rogers|sympatico|bluewin|hispeed|chello|a1|aon)\./i;

/**
 * Company-level addresses. General mailboxes (info@, kontakt@ …) win; only when there are none do
 * personal or functional ones (a solo trader's own address, careers@) stand in for the company.
 */
export function resolveEmails(observations: Observation[], domain: string | null): string[] {
  return chooseEmails(observations, domain).map((r) => r.value);
}

/** The company-level addresses, each with the observations behind it. */
export function chooseEmails(observations: Observation[], domain: string | null): Array<RankedValue<string>> {
  const ranked = rankValues<string>(observations, "email").filter((r) => r.score >= 0.5);
  const ownDomain = domain ? getDomain(domain) ?? domain.toLowerCase() : null;
  const isOwn = (e: string) => ownDomain !== null && getDomain(e.split("@")[1] ?? "") === ownDomain;
  const isFree = (e: string) => FREEMAIL.test(e.split("@")[1] ?? "");
  const hasOwn = ranked.some((r) => isOwn(r.value));
  const eligible = ranked.filter((r) => isOwn(r.value) || (!hasOwn && (isFree(r.value) || r.score >= 0.65)) || (isFree(r.value) && r.score >= 0.85));
  // "a4i@…" on a4i.example.org is the organisation's own name as mailbox: a general address.
  const siteLabel = (domain ?? "").toLowerCase().replace(/^www\./, "").split(".")[0];
  const kindOf = (e: string) => (siteLabel && e.split("@")[0] === siteLabel ? "general" : classifyMailbox(e));
  const general = eligible.filter((r) => kindOf(r.value) === "general");
  // A mailbox seen only in the body of one product page is a department's, unless nothing better exists.
  const prominent = general.filter((r) => r.score >= 0.6);
  if (general.length) return (prominent.length ? prominent : general).slice(0, 4);
  const personal = eligible.filter((r) => kindOf(r.value) === "personal");
  if (personal.length) return personal.slice(0, 2);
  const functional = ranked.filter((r) => kindOf(r.value) === "functional" && (isOwn(r.value) || !hasOwn));
  return functional.slice(0, 1);
}
