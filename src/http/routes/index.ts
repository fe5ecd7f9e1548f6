import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../deps.ts";
import { registerCreateApiKey } from "./admin/api-keys/create.ts";
import { registerListApiKeys } from "./admin/api-keys/list.ts";
import { registerRevokeApiKey } from "./admin/api-keys/revoke.ts";
import { registerCreateOrganization } from "./admin/organizations/create.ts";
import { registerGetOrganization } from "./admin/organizations/get.ts";
import { registerListOrganizations } from "./admin/organizations/list.ts";
import { registerUpdateOrganization } from "./admin/organizations/update.ts";
import { registerHealth } from "./health.ts";
import { registerAdminReplayEvent } from "./admin/webhooks/replay.ts";
import { registerCompanyErasureAndMerge } from "./admin/companies/erase-merge.ts";
import { registerCompanyImportRoutes } from "./admin/company-imports/index.ts";
import { registerMetrics } from "./metrics.ts";
import { registerValidateKey } from "./v1/auth/validate.ts";
import { registerOrderRoutes } from "./v1/orders/index.ts";
import { registerListOrdersForReview } from "./admin/orders/list.ts";
import { registerOrderReview } from "./admin/orders/review.ts";
import { registerBlacklistRoutes } from "./v1/blacklists/index.ts";
import { registerCompanyRoutes } from "./v1/companies/index.ts";
import { registerDeliveryRoutes } from "./v1/deliveries/index.ts";
import { registerProspectRoutes } from "./v1/prospects/index.ts";

/** Every route of the product, in one list so nothing is registered by accident. */
export function registerRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerHealth(app, deps);
  registerMetrics(app, deps);
  registerValidateKey(app);
  registerListOrganizations(app, deps);
  registerCreateOrganization(app, deps);
  registerGetOrganization(app, deps);
  registerUpdateOrganization(app, deps);
  registerCreateApiKey(app, deps);
  registerListApiKeys(app, deps);
  registerRevokeApiKey(app, deps);
  registerOrderRoutes(app, deps);
  registerListOrdersForReview(app, deps);
  registerOrderReview(app, deps);
  registerAdminReplayEvent(app, deps);
  registerCompanyErasureAndMerge(app, deps);
  registerCompanyImportRoutes(app, deps);
  registerBlacklistRoutes(app, deps);
  registerCompanyRoutes(app, deps);
  registerProspectRoutes(app, deps);
  registerDeliveryRoutes(app, deps);
}
