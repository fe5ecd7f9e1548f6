import type { Selectable } from "kysely";
import type { WebhookDestinationsTable } from "../../db/types.ts";
import type { Destination } from "./schemas.ts";

/** Never includes auth_token or signing_secret: both are shown (or given) once, at creation. */
export function presentDestination(row: Selectable<WebhookDestinationsTable>): Destination {
  return {
    id: row.id,
    prospect_search_id: row.prospect_search_id,
    type: row.type,
    url: row.url,
    auth_type: row.auth_type,
    status: row.status,
    consecutive_failures: row.consecutive_failures,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
