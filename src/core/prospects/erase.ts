import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { SuppressionReason } from "../../db/types.ts";
import { recomputeCompanyFields } from "../companies/recompute-fields.ts";
import { forgetIdempotencyRecords } from "../erasure/forget-idempotency-records.ts";
import { removePersonFromEvents } from "../erasure/redact-webhook-events.ts";
import { NotFoundError } from "../errors.ts";
import { addSuppressions } from "../suppressions/add.ts";
import { keysOfPerson } from "../suppressions/keys.ts";

export interface ErasedPerson {
  prospectId: string;
  companyId: string;
}

/**
 * Erases one person everywhere they are kept: the prospect row, the company evidence that names them
 * or their e-mail, stored webhook payloads and idempotent responses. Their e-mail and name at the
 * company's domain go on the suppression list, so no later crawl collects them again.
 */
export async function erasePersonInTransaction(trx: Db, prospectId: string, reason: SuppressionReason = "erased"): Promise<ErasedPerson> {
  const person = await trx
    .selectFrom("prospects as p")
    .innerJoin("companies as c", "c.id", "p.company_id")
    .select(["p.id", "p.company_id", "p.full_name", "p.email", "c.domain"])
    .where("p.id", "=", prospectId)
    .forUpdate()
    .executeTakeFirst();
  if (!person) throw new NotFoundError("Prospect", prospectId);
  await addSuppressions(trx, keysOfPerson({ name: person.full_name, email: person.email }, person.domain), reason);
  await trx.deleteFrom("prospects").where("id", "=", prospectId).execute();
  await forgetEvidence(trx, person.company_id, [person.full_name, person.email]);
  await removePersonFromEvents(trx, person.company_id, prospectId, [person.full_name, person.email]);
  await forgetIdempotencyRecords(trx, [prospectId, person.full_name, person.email ?? ""]);
  return { prospectId, companyId: person.company_id };
}

// Company-level evidence can carry a person too (a named imprint contact, a personal e-mail as the
// company address); it goes, and the company's columns are resolved again from what remains.
async function forgetEvidence(trx: Db, companyId: string, values: (string | null)[]): Promise<void> {
  const needles = values.flatMap((value) => (value && value.trim().length >= 3 ? [value.trim().toLowerCase()] : []));
  if (!needles.length) return;
  const deleted = await trx
    .deleteFrom("company_observations")
    .where("company_id", "=", companyId)
    .where((eb) => eb.or(needles.map((needle) => eb(sql<number>`strpos(lower(value::text), ${needle})`, ">", 0))))
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) > 0) await recomputeCompanyFields(trx, companyId, { clearUnsupported: true });
}
