import type { ApiClient } from "./api-client.ts";
import type { ApiCompanyView } from "./api-to-label-prediction.ts";

/** One company as a client reads it: the company object, its prospects, jobs and technologies. */
export async function readCompanyViaApi(api: ApiClient, companyId: string): Promise<ApiCompanyView> {
  const [company, prospects, jobs, technologies] = await Promise.all([
    api.request("GET", `/api/v1/companies/${companyId}`),
    api.listAll(`/api/v1/prospects?company_id=${companyId}`),
    api.listAll(`/api/v1/companies/${companyId}/jobs`),
    api.listAll(`/api/v1/companies/${companyId}/webtech-intel`),
  ]);
  return { company, prospects, jobs, technologies };
}
