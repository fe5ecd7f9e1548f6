import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

/** How long a claim holds without renewal; a killed worker's row is resumed this long after it died. */
export const CLAIM_LEASE_SECONDS = 30;
/** Renewed this often while the run works, so two missed renewals still keep the claim. */
export const CLAIM_RENEW_MS = 10_000;

/**
 * Claims a pending row for one run (`token` is unique per run). Fails while another run holds a live
 * claim, so a resumed job and a stale one never work on the same row at once.
 */
export async function claimRow(db: Db, rowId: string, token: string): Promise<boolean> {
  const claimed = await db
    .updateTable("order_companies")
    .set({ claimed_by: token, claimed_until: sql<string>`now() + make_interval(secs => ${CLAIM_LEASE_SECONDS})` })
    .where("id", "=", rowId)
    .where("status", "=", "PENDING")
    .where((eb) => eb.or([eb("claimed_by", "is", null), eb("claimed_until", "<", sql<string>`now()`)]))
    .returning("id")
    .executeTakeFirst();
  return claimed !== undefined;
}

/** Extends a run's claim; false once the claim was lost (lapsed and taken over, or the row settled). */
export async function renewClaim(db: Db, rowId: string, token: string): Promise<boolean> {
  const renewed = await db
    .updateTable("order_companies")
    .set({ claimed_until: sql<string>`now() + make_interval(secs => ${CLAIM_LEASE_SECONDS})` })
    .where("id", "=", rowId)
    .where("claimed_by", "=", token)
    .where("status", "=", "PENDING")
    .returning("id")
    .executeTakeFirst();
  return renewed !== undefined;
}

/** Gives a claim back, so the retry of a run that failed can claim the row at once. */
export async function releaseClaim(db: Db, rowId: string, token: string): Promise<void> {
  await db
    .updateTable("order_companies")
    .set({ claimed_by: null, claimed_until: null })
    .where("id", "=", rowId)
    .where("claimed_by", "=", token)
    .where("status", "=", "PENDING")
    .execute();
}

/** Keeps a claim alive while `work` runs; a run that throws releases it for its retry. */
export async function whileClaimed<T>(db: Db, rowId: string, token: string, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => void renewClaim(db, rowId, token).catch(() => undefined), CLAIM_RENEW_MS);
  try {
    return await work();
  } catch (error) {
    await releaseClaim(db, rowId, token).catch(() => undefined);
    throw error;
  } finally {
    clearInterval(timer);
  }
}
