import type { Selectable } from "kysely";
import type { ProspectSearchesTable } from "../../db/types.ts";
import type { ProspectSearch, ProspectSearchListItem } from "./schemas.ts";

export type ProspectSearchRow = Selectable<ProspectSearchesTable> & { company_count: number | null; order_count: number | null };

export function presentProspectSearch(row: ProspectSearchRow): ProspectSearch {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    ideal_customer_profile: row.ideal_customer_profile,
    seller_offering: row.seller_offering,
    seller_industry: row.seller_industry,
    target_countries: row.target_countries,
    target_cities: row.target_cities,
    target_industries: row.target_industries,
    excluded_industries: row.excluded_industries,
    contact_roles: row.contact_roles,
    output_language: row.output_language,
    geo_locations: row.geo_locations as ProspectSearch["geo_locations"],
    search_keywords: row.search_keywords,
    language_config: row.language_config as ProspectSearch["language_config"],
    qualification_criteria: row.qualification_criteria as ProspectSearch["qualification_criteria"],
    company_extraction_commands: row.company_extraction_commands as unknown[],
    contact_extraction_commands: row.contact_extraction_commands as unknown[],
    icp_reading: (row.icp_reading ?? null) as ProspectSearch["icp_reading"],
    version: row.version,
    counts: countsOf(row),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function presentProspectSearchListItem(row: ProspectSearchRow): ProspectSearchListItem {
  return { id: row.id, name: row.name, status: row.status, version: row.version, counts: countsOf(row), created_at: row.created_at, updated_at: row.updated_at };
}

function countsOf(row: ProspectSearchRow): ProspectSearch["counts"] {
  return { companies: Number(row.company_count ?? 0), orders: Number(row.order_count ?? 0) };
}
