import type { Db } from "../../db/database.ts";
import { domainKey, keyId, keysOfPerson, type SuppressionKey } from "./keys.ts";

/** Which of the keys are on the suppression list, as `kind:hash` ids; one query for any number of keys. */
export async function suppressedKeys(db: Db, keys: SuppressionKey[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const hashes = [...new Set(keys.map((key) => key.hash))];
  const rows = await db.selectFrom("suppressions").select(["kind", "value_hash"]).where("value_hash", "in", hashes).execute();
  const listed = new Set(rows.map((row) => keyId({ kind: row.kind, hash: row.value_hash })));
  return new Set(keys.map(keyId).filter((id) => listed.has(id)));
}

export async function isDomainSuppressed(db: Db, domain: string): Promise<boolean> {
  return (await suppressedKeys(db, [domainKey(domain)])).size > 0;
}

/**
 * The people who are not suppressed: neither their e-mail nor their name at this domain is listed.
 * Used wherever people are collected or delivered, so suppression holds at every step.
 */
export async function withoutSuppressedPeople<T>(db: Db, domain: string | null, people: T[], identify: (person: T) => { name: string; email: string | null }): Promise<T[]> {
  const keysPerPerson = people.map((person) => keysOfPerson(identify(person), domain));
  const listed = await suppressedKeys(db, keysPerPerson.flat());
  if (!listed.size) return people;
  return people.filter((_person, index) => !keysPerPerson[index]!.some((key) => listed.has(keyId(key))));
}
