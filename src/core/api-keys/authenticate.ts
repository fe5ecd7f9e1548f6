import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { ApiKeyPrincipal } from "../context.ts";
import { UnauthorizedError } from "../errors.ts";
import { rateLimitFor } from "../rate-limits/tiers.ts";
import { isScope } from "../scopes.ts";
import { hashKey, parseKeyKind } from "./key-format.ts";

const INVALID = "Invalid or missing API key";

/** Resolves a bearer key to its principal; every failure gives the same 401 so keys cannot be probed. */
export async function authenticateApiKey(db: Db, key: string): Promise<ApiKeyPrincipal> {
  const kind = parseKeyKind(key);
  if (kind !== "live" && kind !== "test") throw new UnauthorizedError(INVALID);
  const row = await db
    .selectFrom("api_keys as k")
    .innerJoin("organizations as o", "o.id", "k.organization_id")
    .select(["k.id", "k.organization_id", "k.test_mode", "k.scopes", "k.expires_at", "k.revoked_at", "k.last_used_at"])
    .select(["k.rate_limit_tier as key_tier", "o.rate_limit_tier as org_tier", "o.rate_limit_per_hour"])
    .where("k.key_hash", "=", hashKey(key))
    .executeTakeFirst();
  if (!row || row.revoked_at) throw new UnauthorizedError(INVALID);
  if (row.expires_at && Date.parse(row.expires_at) <= Date.now()) throw new UnauthorizedError("API key has expired");
  await touchLastUsed(db, row.id, row.last_used_at);
  return {
    kind: "api_key",
    keyId: row.id,
    tenant: { organizationId: row.organization_id, testMode: row.test_mode },
    scopes: row.scopes.filter(isScope),
    rateLimit: rateLimitFor(row.key_tier ?? row.org_tier, row.rate_limit_per_hour),
  };
}

// Writing on every request would make reads expensive; minute precision is what people need.
async function touchLastUsed(db: Db, keyId: string, lastUsedAt: string | null): Promise<void> {
  if (lastUsedAt && Date.now() - Date.parse(lastUsedAt) < 60_000) return;
  await db
    .updateTable("api_keys")
    .set({ last_used_at: sql<string>`now()` })
    .where("id", "=", keyId)
    .execute();
}
