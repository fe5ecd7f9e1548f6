import { sql } from "kysely";
import type { Db } from "../../src/db/database.ts";
import { createAdminKey } from "../../src/core/admin-keys/create.ts";
import { createApiKey } from "../../src/core/api-keys/create.ts";
import { createOrganization } from "../../src/core/organizations/create.ts";
import { updateOrganization } from "../../src/core/organizations/update.ts";
import type { Preset, Scope } from "../../src/core/scopes.ts";
import { announceKeyChange } from "../../src/core/api-keys/key-changes.ts";

export interface TestTenant {
  organizationId: string;
  key: string;
  keyId: string;
}

export async function createAdmin(db: Db): Promise<{ key: string }> {
  return createAdminKey(db, "test operator");
}

/** An organization with one key (full access unless a preset or scopes are given). */
export async function createTenant(
  db: Db,
  options: { preset?: Exclude<Preset, "custom">; scopes?: Scope[]; test?: boolean; name?: string } = {},
): Promise<TestTenant> {
  const organization = await createOrganization(db, { name: options.name ?? "Test organization" });
  // Suites fire many requests per second; the rate-limit suite sets its own limits.
  await updateOrganization(db, organization.id, { rate_limit_tier: "enterprise", rate_limit_per_hour: 1_000_000 });
  const key = await addKey(db, organization.id, options);
  return { organizationId: organization.id, ...key };
}

export async function addKey(
  db: Db,
  organizationId: string,
  options: { preset?: Exclude<Preset, "custom">; scopes?: Scope[]; test?: boolean } = {},
): Promise<{ key: string; keyId: string }> {
  const input = options.scopes
    ? { name: "test key", scopes: options.scopes, test: options.test }
    : { name: "test key", preset: options.preset ?? "full_access", test: options.test };
  const created = await createApiKey(db, organizationId, input);
  return { key: created.key, keyId: created.id };
}

/** Expiry in the past cannot be created through the API, so tests age a key directly. */
export async function expireKey(db: Db, keyId: string): Promise<void> {
  await db.updateTable("api_keys").set({ expires_at: sql<string>`now() - interval '1 minute'` }).where("id", "=", keyId).execute();
  await announceKeyChange(db, { scope: "key", id: keyId });
}
