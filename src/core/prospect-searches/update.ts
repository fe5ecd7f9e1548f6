import { sql, type Updateable } from "kysely";
import type { Db } from "../../db/database.ts";
import type { ProspectSearchesTable } from "../../db/types.ts";
import type { Tenant } from "../context.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";
import { getProspectSearch } from "./get.ts";
import { ICP_SOURCE_FIELDS, readProspectSearchIcp } from "./icp-reading.ts";
import { UpdateProspectSearchInputSchema, type UpdateProspectSearchInput } from "./patch-schema.ts";
import { ADMIN_ONLY_FIELDS, type ProspectSearch } from "./schemas.ts";

export interface PatchActor {
  /** Admins and owners may edit admin-only fields; every API key is treated as a non-admin. */
  canEditAdminFields: boolean;
}

/**
 * AIP-134 partial update with optimistic locking: the row changes only if its version is still the
 * one the client read, so of N concurrent PATCHes with the same version exactly one wins.
 */
export async function updateProspectSearch(
  db: Db,
  tenant: Tenant,
  prospectSearchId: string,
  rawInput: UpdateProspectSearchInput,
  actor: PatchActor,
): Promise<ProspectSearch & { stripped_fields: string[] }> {
  const input = UpdateProspectSearchInputSchema.parse(rawInput);
  const requested = requestedFields(input);
  const stripped = actor.canEditAdminFields ? [] : requested.filter((field) => isAdminOnly(field));
  const changes = columnChanges(input, requested.filter((field) => !stripped.includes(field)));
  const updated = await whereTenant(db.updateTable("prospect_searches"), tenant)
    .set({ ...changes, version: sql<number>`version + 1`, updated_at: sql<string>`now()` })
    .where("id", "=", prospectSearchId)
    .where("version", "=", input.version)
    .returning("id")
    .executeTakeFirst();
  if (!updated) await explainMissedUpdate(db, tenant, prospectSearchId, input.version);
  if (!requested.includes("icp_reading") && requested.some((field) => (ICP_SOURCE_FIELDS as readonly string[]).includes(field))) {
    await rereadIcp(db, prospectSearchId);
  }
  return { ...(await getProspectSearch(db, tenant, prospectSearchId)), stripped_fields: stripped };
}

function requestedFields(input: UpdateProspectSearchInput): string[] {
  const present = Object.keys(input).filter((field) => field !== "version" && field !== "update_mask" && input[field as keyof typeof input] !== undefined);
  if (!input.update_mask) return present;
  const missing = input.update_mask.flatMap((field, index) =>
    present.includes(field) ? [] : [{ field: `update_mask[${index}]`, message: `${field} is in update_mask but not in the body` }],
  );
  if (missing.length) throw new ValidationError(missing);
  return [...new Set(input.update_mask)];
}

function isAdminOnly(field: string): boolean {
  return (ADMIN_ONLY_FIELDS as readonly string[]).includes(field);
}

function columnChanges(input: UpdateProspectSearchInput, fields: string[]): Updateable<ProspectSearchesTable> {
  const values = input as Record<string, unknown>;
  return Object.fromEntries(
    fields.map((field) => [field, field === "geo_locations" || field === "icp_reading" ? JSON.stringify(values[field]) : values[field]]),
  ) as Updateable<ProspectSearchesTable>;
}

// The reading follows the ICP text and lists unless the same PATCH corrects it.
async function rereadIcp(db: Db, prospectSearchId: string): Promise<void> {
  const row = await db.selectFrom("prospect_searches").selectAll().where("id", "=", prospectSearchId).executeTakeFirstOrThrow();
  await db.updateTable("prospect_searches").set({ icp_reading: JSON.stringify(readProspectSearchIcp(row)) }).where("id", "=", prospectSearchId).execute();
}

async function explainMissedUpdate(db: Db, tenant: Tenant, prospectSearchId: string, sentVersion: number): Promise<never> {
  const current = await whereTenant(db.selectFrom("prospect_searches"), tenant).select("version").where("id", "=", prospectSearchId).executeTakeFirst();
  if (!current) throw new NotFoundError("ProspectSearch", prospectSearchId);
  throw new ConflictError(
    `Prospect search was changed since version ${sentVersion}; fetch it again and retry`,
    "VERSION_CONFLICT",
    { current_version: current.version, sent_version: sentVersion },
  );
}
