import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { newId } from "../ids.ts";
import { presentBlacklist } from "./present.ts";
import { CreateBlacklistInputSchema, type Blacklist, type CreateBlacklistInput } from "./schemas.ts";

export async function createBlacklist(db: Db, tenant: Tenant, rawInput: CreateBlacklistInput): Promise<Blacklist> {
  const input = CreateBlacklistInputSchema.parse(rawInput);
  const row = await db
    .insertInto("blacklists")
    .values({
      id: newId(),
      organization_id: tenant.organizationId,
      test_mode: tenant.testMode,
      name: input.name,
      description: input.description ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return presentBlacklist({ ...row, entry_count: 0 });
}
