// The order features that decide which data families a crawl may write (CONTRACT.md, Orders).
export const FEATURES = ["COMPANY_DATA", "CONTACTS", "TECHNOLOGIES", "JOBS", "LEGAL_DATA", "MATCH_SCORING"] as const;
export type Feature = (typeof FEATURES)[number];

/** No list means every feature, as an order without `features` asks for all of them. */
export function wantsFeature(features: readonly string[] | undefined, feature: Feature): boolean {
  return !features || features.includes(feature);
}
