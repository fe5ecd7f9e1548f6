import type { Db } from "../../db/database.ts";
import { domainHash } from "./domain-key.ts";

export async function isDomainSuppressed(db: Db, domain: string): Promise<boolean> {
  const row = await db.selectFrom("suppressed_domains").select("domain_hash").where("domain_hash", "=", domainHash(domain)).executeTakeFirst();
  return Boolean(row);
}

export async function suppressDomain(db: Db, domain: string, reason: string): Promise<void> {
  await db
    .insertInto("suppressed_domains")
    .values({ domain_hash: domainHash(domain), reason })
    .onConflict((oc) => oc.column("domain_hash").doNothing())
    .execute();
}
