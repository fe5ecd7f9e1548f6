import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";
import { loadResultDetails } from "./load-result-details.ts";
import type { OrderResult, OrderResultsQuery } from "./result-schemas.ts";
import { decodeResultsCursor, encodeResultsCursor } from "./results-cursor.ts";

export interface OrderResultsPage {
  items: OrderResult[];
  total: number;
  limit: number;
  offset: number;
  has_more: boolean;
  next_cursor: string | null;
}

/** One item per input company, in submitted order, with the company as the organization sees it. */
export async function listOrderResults(db: Db, tenant: Tenant, orderId: string, query: OrderResultsQuery): Promise<OrderResultsPage> {
  const order = await whereTenant(db.selectFrom("orders").select(["id", "profile_id", "features"]), tenant).where("id", "=", orderId).executeTakeFirst();
  if (!order) throw new NotFoundError("Order", orderId);
  if (query.cursor && query.offset) throw new ValidationError([{ field: "offset", message: "Use either cursor or offset" }]);
  let base = db.selectFrom("order_companies").where("order_id", "=", orderId);
  if (query.status) base = base.where("status", "=", query.status);
  const after = query.cursor ? decodeResultsCursor(query.cursor) : -1;
  const [rows, count] = await Promise.all([
    base.selectAll().where("position", ">", after).orderBy("position").limit(query.limit + 1).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const page = rows.slice(0, query.limit);
  const details = await loadResultDetails(db, order.profile_id, order.features, page.map((row) => row.company_id).filter((id): id is string => Boolean(id)));
  const items = page.map((row) => {
    const company = row.company_id ? details.companies.get(row.company_id) ?? null : null;
    const item: OrderResult = {
      source_id: row.external_id,
      position: row.position,
      status: row.status,
      reason: row.reason,
      excluded_by_entry_id: row.excluded_by_entry_id,
      input: { company_name: row.company_name, website_url: row.website_url, city: row.city, country: row.country },
      company,
      prospects: (row.company_id && details.prospects.get(row.company_id)) || [],
      match_score: company?.match_score ?? null,
      match_explanation: (company?.match_explanation as unknown[] | undefined) ?? [],
    };
    if (details.technologies) item.technologies = (row.company_id && details.technologies.get(row.company_id)) || [];
    if (details.jobs) item.jobs = (row.company_id && details.jobs.get(row.company_id)) || [];
    return item;
  });
  const hasMore = rows.length > query.limit;
  return { items, total: Number(count.n), limit: query.limit, offset: query.offset, has_more: hasMore, next_cursor: hasMore ? encodeResultsCursor(page.at(-1)!.position) : null };
}
