import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../../db/database.ts";
import { ORDER_FEATURES } from "../orders/schemas.ts";
import { getPriceList } from "./get-price-list.ts";
import type { PriceList } from "./price-list.ts";

const PriceOrReset = z.number().min(0).max(1_000_000).multipleOf(0.01).nullable().optional();

/** Items given are set; `null` returns an item to the configured default; items left out stay as they are. */
export const UpdatePriceListInputSchema = z
  .object({
    per_company: PriceOrReset,
    per_feature: z.object(Object.fromEntries(ORDER_FEATURES.map((f) => [f, PriceOrReset])) as Record<(typeof ORDER_FEATURES)[number], typeof PriceOrReset>).strict().optional(),
  })
  .strict()
  .meta({ id: "PriceListUpdate" });

export type UpdatePriceListInput = z.infer<typeof UpdatePriceListInputSchema>;

/** Orders accepted before a change keep their unit cost; the new prices apply from the next acceptance. */
export async function updatePriceList(db: Db, input: UpdatePriceListInput, defaults?: PriceList): Promise<PriceList> {
  const changes: [string, number | null][] = [];
  if (input.per_company !== undefined) changes.push(["COMPANY", input.per_company]);
  for (const [feature, price] of Object.entries(input.per_feature ?? {})) if (price !== undefined) changes.push([feature, price]);
  await db.transaction().execute(async (trx) => {
    for (const [item, price] of changes) {
      if (price === null) await trx.deleteFrom("price_list").where("item", "=", item).execute();
      else await trx.insertInto("price_list").values({ item, price }).onConflict((oc) => oc.column("item").doUpdateSet({ price, updated_at: sql<string>`now()` })).execute();
    }
  });
  return getPriceList(db, defaults);
}
