import type { Db } from "../../src/db/database.ts";
import { updateOrganization } from "../../src/core/organizations/update.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";

/** A full-access tenant whose rate limit never gets in the way of a long test file. */
export async function createRoomyTenant(db: Db, name = "Test organization"): Promise<TestTenant> {
  const tenant = await createTenant(db, { name });
  await updateOrganization(db, tenant.organizationId, { rate_limit_tier: "enterprise", rate_limit_per_hour: 1_000_000 });
  return tenant;
}
