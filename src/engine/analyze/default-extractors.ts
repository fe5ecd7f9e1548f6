import { extractPeople } from "../extract/contacts/index.ts";
import { extractCompany } from "../extract/firmographics/index.ts";
import { extractJobs, fetchAtsJobs } from "../extract/job-postings/index.ts";
import { classifyIndustry } from "../industry/classify-industry.ts";
import { detectTechnologies, loadBuiltinFingerprints, reportedTechnologies } from "../extract/tech/index.ts";
import type { ExtractorSet } from "./extractor-set.ts";

/** The engine's real extractors, wired for analyzeSite. */
export const defaultExtractors: ExtractorSet = {
  extractCompany,
  extractPeople,
  extractJobs,
  fetchAtsJobs,
  loadBuiltinFingerprints,
  // Weak or narrow-reach evidence is kept out of what the product reports (fingerprints/README.md).
  classifyIndustry,
  detectTechnologies: (pages, set, extras) => reportedTechnologies(detectTechnologies(pages, set as Parameters<typeof detectTechnologies>[1], extras)),
};
