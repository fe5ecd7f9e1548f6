import type { Db } from "../../db/database.ts";
import { ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import { scopesForPreset, type Preset, type Scope } from "../scopes.ts";
import { getOrganization } from "../organizations/get.ts";
import { displayPrefix, generateKey, hashKey, parseKeyKind } from "./key-format.ts";
import { presentApiKey } from "./present.ts";
import { CreateApiKeyInputSchema, type ApiKey, type CreateApiKeyInput } from "./schemas.ts";

export interface CreatedApiKey extends ApiKey {
  key: string;
}

/** Creates an organization key; the secret is returned here once and only its hash is kept. */
export async function createApiKey(
  db: Db,
  organizationId: string,
  rawInput: CreateApiKeyInput,
  options: { exactKey?: string } = {},
): Promise<CreatedApiKey> {
  const input = CreateApiKeyInputSchema.parse(rawInput);
  await getOrganization(db, organizationId);
  const { preset, scopes } = resolveScopes(input.preset, input.scopes);
  if (input.expires_at && Date.parse(input.expires_at) <= Date.now()) {
    throw new ValidationError([{ field: "expires_at", message: "Must be in the future" }]);
  }
  const key = options.exactKey ?? generateKey(input.test ? "test" : "live");
  const row = await db
    .insertInto("api_keys")
    .values({
      id: newId(),
      organization_id: organizationId,
      name: input.name,
      key_hash: hashKey(key),
      display_prefix: displayPrefix(key),
      test_mode: parseKeyKind(key) === "test",
      preset,
      scopes,
      rate_limit_tier: input.rate_limit_tier ?? null,
      expires_at: input.expires_at ? new Date(input.expires_at).toISOString() : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ...presentApiKey(row), key };
}

function resolveScopes(preset: Preset | undefined, scopes: Scope[] | undefined): { preset: Preset; scopes: Scope[] } {
  if (preset && preset !== "custom") {
    if (scopes) throw new ValidationError([{ field: "scopes", message: "Give either a preset or custom scopes, not both" }]);
    return { preset, scopes: scopesForPreset(preset) };
  }
  if (!scopes?.length) {
    throw new ValidationError([{ field: "scopes", message: "Custom keys need at least one scope (or choose a preset)" }]);
  }
  return { preset: "custom", scopes: [...new Set(scopes)] };
}
