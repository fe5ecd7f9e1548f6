export { createDemoFetcher } from "./demo-fetcher.ts";
export { demoCompanyFor, type DemoCompany } from "./demo-company.ts";
