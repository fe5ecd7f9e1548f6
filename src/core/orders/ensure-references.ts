import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Tenant } from "../context.ts";
import { ValidationError, type FieldError } from "../errors.ts";
import { createProspectSearch } from "../prospect-searches/create.ts";
import type { CreateOrderInput } from "./schemas.ts";

/**
 * Checks that the prospect search and blacklists named in the order belong to the caller's
 * tenant. Unknown and foreign ids are reported alike, so nothing about other tenants leaks.
 * An ENRICHMENT order without a profile gets one of its own (named by `profile_name`, as in the
 * older docs), so every result has a prospect search to be seen and delivered through.
 */
export async function ensureOrderReferences(trx: Kysely<Database>, tenant: Tenant, input: CreateOrderInput): Promise<{ profileId: string }> {
  const errors: FieldError[] = [];
  if (input.profile_id && !(await ownsProspectSearch(trx, tenant, input.profile_id))) {
    errors.push({ field: "profile_id", message: `Prospect search ${input.profile_id} not found` });
  }
  const wanted = input.blacklist_ids ?? [];
  if (wanted.length) {
    const owned = new Set(
      (
        await trx
          .selectFrom("blacklists")
          .select("id")
          .where("id", "in", wanted)
          .where("organization_id", "=", tenant.organizationId)
          .where("test_mode", "=", tenant.testMode)
          .execute()
      ).map((row) => row.id),
    );
    wanted.forEach((id, index) => {
      if (!owned.has(id)) errors.push({ field: `blacklist_ids[${index}]`, message: `Blacklist ${id} not found` });
    });
  }
  if (errors.length) throw new ValidationError(errors);
  return { profileId: input.profile_id ?? (await createInlineProfile(trx, tenant, input)) };
}

async function ownsProspectSearch(trx: Kysely<Database>, tenant: Tenant, id: string): Promise<boolean> {
  const row = await trx
    .selectFrom("prospect_searches")
    .select("id")
    .where("id", "=", id)
    .where("organization_id", "=", tenant.organizationId)
    .where("test_mode", "=", tenant.testMode)
    .executeTakeFirst();
  return Boolean(row);
}

async function createInlineProfile(trx: Kysely<Database>, tenant: Tenant, input: CreateOrderInput): Promise<string> {
  const name = input.profile_name ?? (input.title ? `Enrichment: ${input.title}` : "Enrichment orders");
  return (await createProspectSearch(trx, tenant, { name })).id;
}
