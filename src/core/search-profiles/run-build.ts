import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { createProspectSearch } from "../prospect-searches/create.ts";
import { buildSearchProfile } from "./build-profile.ts";
import { CreateSearchProfileInputSchema } from "./schemas.ts";

/**
 * The worker side of a search-profile creation: RUNNING, build, write the prospect search and
 * SUCCEEDED in one transaction. A request the builder cannot use is FAILED with the reason;
 * database errors propagate so the job is retried.
 */
export async function runSearchProfileBuild(db: Db, creationId: string): Promise<{ status: string; profile_id?: string }> {
  const creation = await db
    .updateTable("search_profile_creations")
    .set({ status: "RUNNING", updated_at: sql<string>`now()` })
    .where("id", "=", creationId)
    .where("status", "in", ["PENDING", "RUNNING"])
    .returningAll()
    .executeTakeFirst();
  if (!creation) return { status: "ALREADY_SETTLED" };
  let built;
  const request = CreateSearchProfileInputSchema.safeParse(creation.request);
  try {
    if (!request.success) throw new Error(`Stored request is invalid: ${request.error.issues[0]?.message}`);
    built = buildSearchProfile(request.data);
  } catch (error) {
    await settle(db, creationId, { status: "FAILED", error: error instanceof Error ? error.message : String(error) });
    return { status: "FAILED" };
  }
  const { profile_name, ...fields } = request.data;
  const tenant = { organizationId: creation.organization_id, testMode: creation.test_mode };
  const profileId = await db.transaction().execute(async (trx) => {
    const { id } = await createProspectSearch(trx, tenant, { name: profile_name, ...fields, ...built });
    await settle(trx, creationId, { status: "SUCCEEDED", profile_id: id });
    return id;
  });
  return { status: "SUCCEEDED", profile_id: profileId };
}

async function settle(db: Db, creationId: string, outcome: { status: "SUCCEEDED" | "FAILED"; profile_id?: string; error?: string }): Promise<void> {
  await db
    .updateTable("search_profile_creations")
    .set({ ...outcome, updated_at: sql<string>`now()` })
    .where("id", "=", creationId)
    .execute();
}
