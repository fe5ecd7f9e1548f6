export { analyzeCrawl, analyzeSite, type AnalyzeDeps, type AnalyzeOptions } from "./analyze-site.ts";
export { emptyCompany, type DnsRecords, type ExtractorSet } from "./extractor-set.ts";
