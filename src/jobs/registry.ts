import type { RegisteredTask } from "./task.ts";
import { buildSearchProfileTask } from "./tasks/build-search-profile.ts";
import { deliverWebhookTask } from "./tasks/deliver-webhook.ts";
import { discoverCompaniesTask } from "./tasks/discover-companies.ts";
import { enrichCompanyTask } from "./tasks/enrich-company.ts";
import { fulfilOrderTask } from "./tasks/fulfil-order.ts";
import { pruneMaintenanceTask } from "./tasks/prune-maintenance.ts";

/** Every task the workers run. */
export const TASKS: RegisteredTask[] = [pruneMaintenanceTask, fulfilOrderTask, deliverWebhookTask, buildSearchProfileTask, enrichCompanyTask, discoverCompaniesTask];
