import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Tenant } from "../context.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";
import { requireOwnedBlacklists } from "../blacklists/internal.ts";
import { createProspectSearch } from "../prospect-searches/create.ts";
import { requireProspectSearch } from "../prospect-searches/internal.ts";
import type { CreateOrderInput } from "./schemas.ts";

/**
 * Checks that the prospect search and blacklists named in the order belong to the caller's
 * tenant: 404 PROSPECT_SEARCH_NOT_FOUND / BLACKLIST_NOT_FOUND as the docs' error table lists them;
 * unknown and foreign ids look alike, so nothing about other tenants leaks. An ENRICHMENT order
 * without a profile_id uses the organization's search named `profile_name` (created on first use,
 * as in the older docs), so every result has a prospect search to be seen and delivered through.
 */
export async function ensureOrderReferences(trx: Kysely<Database>, tenant: Tenant, input: CreateOrderInput): Promise<{ profileId: string }> {
  if (input.profile_id) await requireProspectSearch(trx, tenant, input.profile_id);
  await requireOwnedBlacklists(trx, tenant, input.blacklist_ids ?? []);
  return { profileId: input.profile_id ?? (await inlineProfileId(trx, tenant, input)) };
}

/**
 * The organization's prospect search of that name (so an ICP built earlier scores the results),
 * created on first use. A transaction-scoped advisory lock on (tenant, name) keeps two concurrent
 * orders with the same new name from creating two searches.
 */
async function inlineProfileId(trx: Kysely<Database>, tenant: Tenant, input: CreateOrderInput): Promise<string> {
  const name = input.profile_name ?? (input.title ? `Enrichment: ${input.title}` : "Enrichment orders");
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`inline-profile:${tenant.organizationId}:${tenant.testMode}:${name.toLowerCase()}`}))`.execute(trx);
  const existing = await whereTenant(trx.selectFrom("prospect_searches").select("id"), tenant)
    .where(sql<string>`lower(name)`, "=", name.toLowerCase())
    .where("status", "!=", "ARCHIVED")
    .orderBy("created_at")
    .limit(1)
    .executeTakeFirst();
  return existing?.id ?? (await createProspectSearch(trx, tenant, { name })).id;
}
