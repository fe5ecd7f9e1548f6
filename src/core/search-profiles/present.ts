import type { Selectable } from "kysely";
import type { SearchProfileCreationsTable } from "../../db/types.ts";
import type { SearchProfileCreation } from "./schemas.ts";

export function presentSearchProfileCreation(row: Selectable<SearchProfileCreationsTable>): SearchProfileCreation {
  return {
    profile_creation_id: row.id,
    status: row.status,
    profile_id: row.profile_id,
    error: row.error,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
