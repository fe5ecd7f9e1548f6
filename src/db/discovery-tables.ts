import type { Generated } from "kysely";
import type { Timestamp } from "./column-types.ts";

// Row type of migrations/0055_discovery_leads.sql, written by hand.

export interface DiscoveryLeadsTable {
  organization_id: string;
  test_mode: boolean;
  company_id: string;
  origin: "frontier" | "search";
  source_url: string;
  detail: string | null;
  priority: Generated<number>;
  order_id: string | null;
  found_at: Timestamp;
}
