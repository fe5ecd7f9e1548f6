import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";

export async function deleteDestination(db: Db, tenant: Tenant, prospectSearchId: string, destinationId: string): Promise<void> {
  const result = await whereTenant(db.deleteFrom("webhook_destinations"), tenant)
    .where("prospect_search_id", "=", prospectSearchId)
    .where("id", "=", destinationId)
    .executeTakeFirst();
  if (!result.numDeletedRows) throw new NotFoundError("WebhookDestination", destinationId);
}
