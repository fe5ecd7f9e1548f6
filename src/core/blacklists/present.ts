import type { Selectable } from "kysely";
import type { BlacklistEntriesTable, BlacklistsTable } from "../../db/types.ts";
import type { Blacklist, BlacklistEntry } from "./schemas.ts";

export function presentBlacklist(row: Selectable<BlacklistsTable> & { entry_count: number | string }): Blacklist {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    entry_count: Number(row.entry_count),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function presentBlacklistEntry(row: Selectable<BlacklistEntriesTable>): BlacklistEntry {
  return {
    id: row.id,
    company_name: row.company_name,
    website_url: row.website_url,
    domain: row.domain,
    city: row.city,
    country: row.country,
    external_id: row.external_id,
    created_at: row.created_at,
  };
}
