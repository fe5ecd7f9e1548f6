import type { Observation } from "../../types.ts";
import { rankValues, type RankedValue } from "./rank-values.ts";
import { isPersonalProfile, platformOf, socialProfile } from "./social-profile.ts";

/** The company's own profiles: seen in site chrome or on a main page, one set per profile URL. */
export function resolveSocials(observations: Observation[]): string[] {
  return chooseSocials(observations).map((r) => r.value);
}

/** The company's profiles, each with the observations that link to it. */
export function chooseSocials(observations: Observation[]): Array<RankedValue<string>> {
  const ranked = rankValues<string>(observations, "social", (v) => profileKey(socialProfile(v) ?? ""))
    .filter((r) => r.score >= 0.5 && socialProfile(r.value) !== null && !isPersonalProfile(r.value))
    .map((r) => ({ ...r, value: socialProfile(r.value) as string }))
    .sort((a, b) => b.score - a.score || b.pages - a.pages);
  const keys = ranked.map((r) => profileKey(r.value));
  return ranked
    // profile.php?id= links duplicate a named facebook profile when one exists.
    .filter((r) => !/facebook\.com\/profile\.php/.test(profileKey(r.value)) || !keys.some((k) => /^facebook\.com\/(?!profile\.php)/.test(k)))
    // A small company keeps one profile per network; a second one is a sister brand or a stale link.
    .filter((r, i, all) => all.findIndex((o) => platformOf(o.value) === platformOf(r.value)) === i);
}

function profileKey(url: string): string {
  return url.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/^(www|m|mobile|[a-z]{2}(-[a-z]{2})?)\./, "").replace(/[?#].*$/, "").replace(/\/+$/, "");
}
