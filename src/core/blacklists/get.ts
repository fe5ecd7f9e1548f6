import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { presentBlacklist } from "./present.ts";
import type { Blacklist } from "./schemas.ts";
import { selectBlacklists } from "./select-blacklists.ts";

export async function getBlacklist(db: Db, tenant: Tenant, blacklistId: string): Promise<Blacklist> {
  const row = await selectBlacklists(db, tenant).where("blacklists.id", "=", blacklistId).executeTakeFirst();
  if (!row) throw new NotFoundError("Blacklist", blacklistId);
  return presentBlacklist({ ...row, entry_count: row.entry_count ?? 0 });
}

/** Throws the 404 unless the blacklist belongs to the tenant; used before touching its entries. */
export async function requireBlacklist(db: Db, tenant: Tenant, blacklistId: string): Promise<void> {
  const row = await db
    .selectFrom("blacklists")
    .select("id")
    .where("id", "=", blacklistId)
    .where("organization_id", "=", tenant.organizationId)
    .where("test_mode", "=", tenant.testMode)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("Blacklist", blacklistId);
}
