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
