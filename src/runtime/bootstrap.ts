import type { Db } from "../db/database.ts";
import { createAdminKey } from "../core/admin-keys/create.ts";
import { createApiKey } from "../core/api-keys/create.ts";
import { hashKey, parseKeyKind } from "../core/api-keys/key-format.ts";
import { createOrganization } from "../core/organizations/create.ts";
import type { RateLimitTier } from "../core/rate-limits/tiers.ts";

export interface BootstrapResult {
  /** Keys created now, in full: they are printed once and never again. */
  printedKeys: { label: string; key: string }[];
}

export interface BootstrapEnv {
  apiKey?: string;
  adminKey?: string;
  /** Tier of the first organization (the operator's own); organizations created later start as free. */
  tier?: RateLimitTier;
}

/**
 * First start on an empty database: a default organization with one full-access key and one
 * admin key. Keys named in the environment are made to exist (for automation) instead.
 */
export async function bootstrap(db: Db, env: BootstrapEnv): Promise<BootstrapResult> {
  const printedKeys: BootstrapResult["printedKeys"] = [];
  validateEnvKeys(env);
  const organizationId = await firstOrganizationId(db, env.tier ?? "enterprise");
  if (env.apiKey) await ensureApiKey(db, organizationId, env.apiKey);
  if (env.adminKey) await ensureAdminKey(db, env.adminKey);
  if (!env.apiKey && !(await hasAny(db, "api_keys"))) {
    const created = await createApiKey(db, organizationId, { name: "Default full-access key", preset: "full_access" });
    printedKeys.push({ label: "API key (full access)", key: created.key });
  }
  if (!env.adminKey && !(await hasAny(db, "admin_keys"))) {
    const created = await createAdminKey(db, "Default operator key");
    printedKeys.push({ label: "Admin key (operator)", key: created.key });
  }
  return { printedKeys };
}

function validateEnvKeys(env: BootstrapEnv): void {
  if (env.apiKey && !["live", "test"].includes(parseKeyKind(env.apiKey) ?? "")) {
    throw new Error("OPENPROSPECT_BOOTSTRAP_API_KEY must be lnc_live_ or lnc_test_ followed by 32 base62 characters");
  }
  if (env.adminKey && parseKeyKind(env.adminKey) !== "admin") {
    throw new Error("OPENPROSPECT_BOOTSTRAP_ADMIN_KEY must be lnc_admin_ followed by 32 base62 characters");
  }
}

async function firstOrganizationId(db: Db, tier: RateLimitTier): Promise<string> {
  const existing = await db.selectFrom("organizations").select("id").orderBy("created_at").limit(1).executeTakeFirst();
  return existing?.id ?? (await createOrganization(db, { name: "Default organization", rate_limit_tier: tier })).id;
}

async function hasAny(db: Db, table: "api_keys" | "admin_keys"): Promise<boolean> {
  return Boolean(await db.selectFrom(table).select("id").limit(1).executeTakeFirst());
}

async function ensureApiKey(db: Db, organizationId: string, key: string): Promise<void> {
  const found = await db.selectFrom("api_keys").select("id").where("key_hash", "=", hashKey(key)).executeTakeFirst();
  if (found) return;
  await createApiKey(db, organizationId, { name: "Bootstrap key", preset: "full_access", test: parseKeyKind(key) === "test" }, { exactKey: key });
}

async function ensureAdminKey(db: Db, key: string): Promise<void> {
  const found = await db.selectFrom("admin_keys").select("id").where("key_hash", "=", hashKey(key)).executeTakeFirst();
  if (!found) await createAdminKey(db, "Bootstrap operator key", { exactKey: key });
}
