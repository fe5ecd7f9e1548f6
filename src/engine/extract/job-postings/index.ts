export { extractJobs } from "./extract-jobs.ts";
export { detectAts } from "./detect-ats.ts";
export { fetchAtsJobs } from "./fetch-ats-jobs.ts";
