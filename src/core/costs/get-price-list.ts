import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { DEFAULT_PRICE_LIST, type PriceList } from "./price-list.ts";

/** The prices in force: what the operator set through the admin API, the configured default elsewhere. */
export async function getPriceList(db: Kysely<Database>, defaults: PriceList = DEFAULT_PRICE_LIST): Promise<PriceList> {
  const set = await db.selectFrom("price_list").select(["item", "price"]).execute();
  const list: PriceList = { per_company: defaults.per_company, per_feature: { ...defaults.per_feature } };
  for (const { item, price } of set) {
    if (item === "COMPANY") list.per_company = Number(price);
    else if (item in list.per_feature) list.per_feature[item as keyof PriceList["per_feature"]] = Number(price);
  }
  return list;
}
