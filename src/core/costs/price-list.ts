import { z } from "zod";
import { ORDER_FEATURES } from "../orders/schemas.ts";

const Price = z.number().min(0).max(1_000_000).multipleOf(0.01);

/** One price per delivered company plus one per feature the order asks for (per delivered company too). */
export const PriceListSchema = z
  .object({
    per_company: Price.describe("Charged for every delivered (ENRICHED) company, whatever the features"),
    per_feature: z.object(Object.fromEntries(ORDER_FEATURES.map((f) => [f, Price])) as Record<(typeof ORDER_FEATURES)[number], typeof Price>)
      .describe("Added per delivered company for each feature the order asks for"),
  })
  .meta({ id: "PriceList" });

export type PriceList = z.infer<typeof PriceListSchema>;

/** Matches the OPENPROSPECT_PRICE_LIST default in config.ts; amounts are in the operator's billing unit. */
export const DEFAULT_PRICE_LIST: PriceList = {
  per_company: 1,
  per_feature: { COMPANY_DATA: 0, CONTACTS: 0.5, TECHNOLOGIES: 0.1, JOBS: 0.1, LEGAL_DATA: 0.2, MATCH_SCORING: 0.1 },
};

/** "COMPANY=1,CONTACTS=0.5" (the config form): items not named keep the built-in default. */
export function parsePriceListSetting(value: string): PriceList {
  const list: PriceList = { per_company: DEFAULT_PRICE_LIST.per_company, per_feature: { ...DEFAULT_PRICE_LIST.per_feature } };
  for (const pair of value.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [item, amount] = pair.split("=").map((p) => p.trim());
    const price = Price.safeParse(Number(amount));
    if (!item || amount === undefined || amount === "" || !price.success) throw new Error(`price list item "${pair}": expected ITEM=amount with at most two decimals`);
    if (item === "COMPANY") list.per_company = price.data;
    else if ((ORDER_FEATURES as readonly string[]).includes(item)) list.per_feature[item as keyof PriceList["per_feature"]] = price.data;
    else throw new Error(`price list item "${item}": expected COMPANY or one of ${ORDER_FEATURES.join(", ")}`);
  }
  return list;
}

/** The price of one delivered company with these features, in cents-exact arithmetic. */
export function unitCostOf(prices: PriceList, features: readonly string[]): number {
  const cents = features.reduce((sum, f) => sum + Math.round((prices.per_feature[f as keyof PriceList["per_feature"]] ?? 0) * 100), Math.round(prices.per_company * 100));
  return cents / 100;
}

export function timesCount(unitCost: number, count: number): number {
  return Math.round(unitCost * 100) * count / 100;
}
