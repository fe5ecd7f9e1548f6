import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";
import { presentDestination } from "./present.ts";
import type { Destination } from "./schemas.ts";

export async function getDestination(db: Db, tenant: Tenant, prospectSearchId: string, destinationId: string): Promise<Destination> {
  const row = await whereTenant(db.selectFrom("webhook_destinations").selectAll(), tenant)
    .where("prospect_search_id", "=", prospectSearchId)
    .where("id", "=", destinationId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("WebhookDestination", destinationId);
  return presentDestination(row);
}
