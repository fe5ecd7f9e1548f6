import { extractPeople } from "../extract/contacts/index.ts";
import { extractCompany } from "../extract/firmographics/index.ts";
import { extractJobs, fetchAtsJobs } from "../extract/jobs/index.ts";
import { detectTechnologies, loadBuiltinFingerprints } from "../extract/tech/index.ts";
import type { ExtractorSet } from "./extractor-set.ts";

/** The engine's real extractors, wired for analyzeSite. */
export const defaultExtractors: ExtractorSet = {
  extractCompany,
  extractPeople,
  extractJobs,
  fetchAtsJobs,
  loadBuiltinFingerprints,
  detectTechnologies,
};
