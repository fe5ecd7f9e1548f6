import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { getBlacklist } from "./get.ts";
import { UpdateBlacklistInputSchema, type Blacklist, type UpdateBlacklistInput } from "./schemas.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";

export async function updateBlacklist(db: Db, tenant: Tenant, blacklistId: string, rawInput: UpdateBlacklistInput): Promise<Blacklist> {
  const input = UpdateBlacklistInputSchema.parse(rawInput);
  const updated = await whereTenant(db.updateTable("blacklists"), tenant)
    .set({ ...input, updated_at: sql<string>`now()` })
    .where("id", "=", blacklistId)
    .returning("id")
    .executeTakeFirst();
  if (!updated) throw new NotFoundError("Blacklist", blacklistId);
  return getBlacklist(db, tenant, blacklistId);
}
