import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { BUILD_SEARCH_PROFILE_TASK } from "../queue/task-contracts.ts";
import type { Tenant } from "../context.ts";
import { newId } from "../ids.ts";
import { CreateSearchProfileInputSchema, type CreateSearchProfileInput } from "./schemas.ts";


/** Records the request and enqueues the build in the same transaction: no row without its job. */
export async function createSearchProfile(
  db: Db,
  jobs: JobQueue,
  tenant: Tenant,
  rawInput: CreateSearchProfileInput,
): Promise<{ profile_creation_id: string; status: "PENDING" }> {
  const input = CreateSearchProfileInputSchema.parse(rawInput);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("search_profile_creations")
      .values({ id, organization_id: tenant.organizationId, test_mode: tenant.testMode, request: JSON.stringify(input) })
      .execute();
    await jobs.send(BUILD_SEARCH_PROFILE_TASK, { profile_creation_id: id }, { retryLimit: 3, retryBackoff: true }, trx);
  });
  return { profile_creation_id: id, status: "PENDING" };
}
