import type { Selectable } from "kysely";
import type { Db } from "../../db/database.ts";
import type { DeliveriesTable } from "../../db/types.ts";
import type { FeedItem } from "./feed-schemas.ts";
import { loadDeliveredCompanies } from "./load-delivered-companies.ts";

/** Turns a page of feed rows into items, each company as `loadDeliveredCompanies` delivers it. */
export async function presentFeed(db: Db, prospectSearchId: string, rows: Selectable<DeliveriesTable>[]): Promise<FeedItem[]> {
  const qualifiedIds = rows.filter((row) => row.event === "qualified" || row.event === "updated").map((row) => row.company_id);
  const delivered = await loadDeliveredCompanies(db, prospectSearchId, qualifiedIds);
  return rows.map((row): FeedItem => {
    const delivery = { delivery_id: row.id, delivered_at: row.delivered_at };
    if (row.event === "erased") return { id: row.company_id, prospect_search_id: row.prospect_search_id, ...delivery, event: "erased" };
    if (row.event === "merged") {
      return { id: row.company_id, prospect_search_id: row.prospect_search_id, ...delivery, event: "merged", merged_into: row.merged_into! };
    }
    const { company, prospects } = delivered.get(row.company_id)!;
    const event = row.event === "updated" ? "updated" : "qualified";
    return { ...company, prospect_search_id: row.prospect_search_id, ...delivery, event, prospects };
  });
}
