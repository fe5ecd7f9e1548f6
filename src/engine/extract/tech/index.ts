// Technology detection with the Wappalyzer fingerprint format, evaluated statically over fetched pages.
export type { FingerprintSet } from "./fingerprint-types.ts";
export { loadFingerprintDirectory, mergeFingerprintSets } from "./load-fingerprint-directory.ts";
export { loadBuiltinFingerprints } from "./load-builtin-fingerprints.ts";
export { detectTechnologies } from "./detect-technologies.ts";
export type { SiteExtras } from "./match-site-extras.ts";
export { MIN_REPORTED_CONFIDENCE, reportedTechnologies } from "./report-threshold.ts";
