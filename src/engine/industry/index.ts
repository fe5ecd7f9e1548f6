export { classifyIndustry, type ClassifyIndustryInput, type IndustryClassification, type IndustryEvidence } from "./classify-industry.ts";
export { findIndustryTerms, INDUSTRY_LEXICON, type IndustryTermHit } from "./industry-lexicon.ts";
export * from "./nace-taxonomy.ts";
export { readIcp, type IcpReading, type IcpRegion, type SizeRange } from "./read-icp.ts";
export { mergeIcpIndustries, readIcpIndustries, type IcpIndustries, type IcpIndustryMatch } from "./read-icp-industries.ts";
