import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { requireProspectSearch } from "../prospect-searches/internal.ts";
import type { Tenant } from "../context.ts";
import { ValidationError } from "../errors.ts";
import { decodeCursor, encodeCursor, toPage, type Page } from "../pagination.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";
import type { FeedItem, FeedQuery } from "./feed-schemas.ts";
import { presentFeed } from "./present-feed.ts";

/**
 * The pull feed of one search, oldest first: deliveries plus later erasures and merges. Keyset on
 * (delivered_at, id) so a sync never skips rows while new ones arrive. next_cursor is null on the
 * last page (like order results'); resume_cursor always marks the position after the last item.
 */
export async function listDeliveredCompanies(
  db: Db,
  tenant: Tenant,
  prospectSearchId: string,
  query: FeedQuery,
): Promise<Page<FeedItem> & { next_cursor: string | null; resume_cursor: string | null }> {
  if (query.cursor && query.offset) throw new ValidationError([{ field: "offset", message: "Must be 0 when a cursor is given" }]);
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  await requireProspectSearch(db, tenant, prospectSearchId);
  let base = whereTenant(db.selectFrom("deliveries"), tenant).where("prospect_search_id", "=", prospectSearchId);
  if (query.delivered_since) base = base.where("delivered_at", ">", new Date(query.delivered_since).toISOString());
  if (after) base = base.where(sql<boolean>`(delivered_at, id) > (${after.at}::timestamptz, ${after.id}::uuid)`);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy("delivered_at").orderBy("id").limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const items = await presentFeed(db, prospectSearchId, rows);
  const last = rows.at(-1);
  const page = toPage(items, Number(count.n), query);
  // next_cursor ends a "loop until null" read; resume_cursor is what a sync stores to pick up
  // deliveries that arrive later.
  const resumeCursor = last ? encodeCursor({ at: last.delivered_at, id: last.id }) : (query.cursor ?? null);
  return { ...page, next_cursor: page.has_more ? resumeCursor : null, resume_cursor: resumeCursor };
}
