import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { getBlacklist } from "./get.ts";
import { UpdateBlacklistInputSchema, type Blacklist, type UpdateBlacklistInput } from "./schemas.ts";

export async function updateBlacklist(db: Db, tenant: Tenant, blacklistId: string, rawInput: UpdateBlacklistInput): Promise<Blacklist> {
  const input = UpdateBlacklistInputSchema.parse(rawInput);
  const updated = await db
    .updateTable("blacklists")
    .set({ ...input, updated_at: sql<string>`now()` })
    .where("id", "=", blacklistId)
    .where("organization_id", "=", tenant.organizationId)
    .where("test_mode", "=", tenant.testMode)
    .returning("id")
    .executeTakeFirst();
  if (!updated) throw new NotFoundError("Blacklist", blacklistId);
  return getBlacklist(db, tenant, blacklistId);
}
