import type { Selectable } from "kysely";
import type { ApiKeysTable } from "../../db/types.ts";
import type { Preset } from "../scopes.ts";
import type { ApiKey } from "./schemas.ts";

export function presentApiKey(row: Selectable<ApiKeysTable>): ApiKey {
  return {
    id: row.id,
    organization_id: row.organization_id,
    name: row.name,
    prefix: row.display_prefix,
    mode: row.test_mode ? "test" : "live",
    preset: row.preset as Preset,
    scopes: row.scopes,
    rate_limit_tier: row.rate_limit_tier,
    expires_at: row.expires_at,
    revoked_at: row.revoked_at,
    last_used_at: row.last_used_at,
    created_at: row.created_at,
  };
}
