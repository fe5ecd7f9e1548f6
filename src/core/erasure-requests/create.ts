import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { newId } from "../ids.ts";
import { visibleProspectsQuery } from "../prospects/visible-prospects.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";
import type { CreateErasureRequest, ErasureRequest } from "./schemas.ts";

const COLUMNS = ["id", "prospect_id", "company_id", "kind", "status", "created_at", "resolved_at"] as const;

/**
 * Files a client's erasure or objection request for a prospect it can see; it waits in the
 * operator's queue. Filing again while one is pending returns the pending one.
 */
export async function createErasureRequest(db: Db, tenant: Tenant, prospectId: string, input: CreateErasureRequest): Promise<ErasureRequest> {
  const prospect = await visibleProspectsQuery(db, tenant).select(["p.id", "p.company_id"]).where("p.id", "=", prospectId).executeTakeFirst();
  if (!prospect) throw new NotFoundError("Prospect", prospectId);
  const inserted = await db
    .insertInto("erasure_requests")
    .values({ id: newId(), organization_id: tenant.organizationId, test_mode: tenant.testMode, prospect_id: prospectId, company_id: prospect.company_id, kind: input.kind, note: input.note ?? null })
    .onConflict((oc) => oc.columns(["organization_id", "test_mode", "prospect_id"]).where("status", "=", "pending").doNothing())
    .returning(COLUMNS)
    .executeTakeFirst();
  if (inserted) return inserted;
  return whereTenant(db.selectFrom("erasure_requests"), tenant)
    .select(COLUMNS)
    .where("prospect_id", "=", prospectId)
    .where("status", "=", "pending")
    .executeTakeFirstOrThrow();
}
