import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

export interface OrderCompanyInput {
  company_name: string | null;
  website_url: string | null;
  city: string | null;
}

/**
 * The website to crawl: the one given, else the domain of a company we already know under the same
 * name in the same city, in the order's world. Without either there is no source to find it, and
 * the row is NOT_FOUND.
 */
export async function resolveWebsite(db: Db, testMode: boolean, input: OrderCompanyInput): Promise<string | null> {
  if (input.website_url) return input.website_url;
  if (!input.company_name) return null;
  let query = db
    .selectFrom("companies")
    .select("domain")
    .where("test_mode", "=", testMode)
    .where("domain", "is not", null)
    .where("erased_at", "is", null)
    .where("merged_into", "is", null)
    .where(sql<string>`lower(name)`, "=", input.company_name.trim().toLowerCase());
  if (input.city) query = query.where(sql<string>`lower(city)`, "=", input.city.trim().toLowerCase());
  const known = await query.orderBy("updated_at", "desc").limit(1).executeTakeFirst();
  return known?.domain ? `https://${known.domain}/` : null;
}
