import type { Db } from "../../db/database.ts";
import { newId } from "../ids.ts";
import type { RateLimitTier } from "../rate-limits/tiers.ts";
import { CreateOrganizationInputSchema, type Organization } from "./schemas.ts";

/** New organizations are on the free tier unless the caller (operator, first start) says otherwise. */
export async function createOrganization(db: Db, input: { name: string; rate_limit_tier?: RateLimitTier }): Promise<Organization> {
  const { name, rate_limit_tier } = CreateOrganizationInputSchema.parse(input);
  return db
    .insertInto("organizations")
    .values({ id: newId(), name, rate_limit_tier: rate_limit_tier ?? "free" })
    .returningAll()
    .executeTakeFirstOrThrow();
}
