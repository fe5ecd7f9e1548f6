import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../../deps.ts";
import { registerListCompanies } from "./list.ts";
import { registerGetCompany } from "./get.ts";
import { registerSetCompanyReviewStatus } from "./set-review-status.ts";
import { registerListCompanyJobs } from "./jobs.ts";
import { registerCompanyJobsSummary } from "./jobs-summary.ts";
import { registerListCompanyTechnologies } from "./webtech-intel.ts";
import { registerCompanyTechnologySummary } from "./webtech-intel-summary.ts";

export function registerCompanyRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerListCompanies(app, deps);
  registerGetCompany(app, deps);
  registerSetCompanyReviewStatus(app, deps);
  registerListCompanyJobs(app, deps);
  registerCompanyJobsSummary(app, deps);
  registerListCompanyTechnologies(app, deps);
  registerCompanyTechnologySummary(app, deps);
}
