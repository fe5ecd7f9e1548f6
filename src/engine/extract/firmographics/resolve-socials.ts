import type { Observation } from "../../types.ts";
import { rankValues } from "./rank-values.ts";
import { isPersonalProfile, socialProfile } from "./social-profile.ts";

/** The company's own profiles: seen in site chrome or on a main page, one set per profile URL. */
export function resolveSocials(observations: Observation[]): string[] {
  const ranked = rankValues<string>(observations, "social", profileKey)
    .filter((r) => r.score >= 0.5 && socialProfile(r.value) !== null && !isPersonalProfile(r.value));
  const keys = ranked.map((r) => profileKey(r.value));
  return ranked
    // profile.php?id= links duplicate a named facebook profile when one exists.
    .filter((r) => !/facebook\.com\/profile\.php/.test(profileKey(r.value)) || !keys.some((k) => /^facebook\.com\/(?!profile\.php)/.test(k)))
    .map((r) => r.value);
}

function profileKey(url: string): string {
  return url.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/^(www|m|mobile|[a-z]{2}(-[a-z]{2})?)\./, "").replace(/[?#].*$/, "").replace(/\/+$/, "");
}
