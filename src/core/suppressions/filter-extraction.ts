import type { Db } from "../../db/database.ts";
import type { SiteExtraction } from "../../engine/types.ts";
import { emailKey, keyId } from "./keys.ts";
import { suppressedKeys, withoutSuppressedPeople } from "./lookup.ts";

/**
 * A crawl's extraction without anything on the suppression list: suppressed people are dropped, and
 * a suppressed e-mail is dropped wherever it appears (company e-mails, raw evidence).
 */
export async function withoutSuppressedData(db: Db, domain: string | null, extraction: SiteExtraction): Promise<SiteExtraction> {
  const people = await withoutSuppressedPeople(db, domain, extraction.people, (person) => ({ name: person.name, email: person.email }));
  const emails = [...new Set(emailsIn(extraction))];
  const listed = await suppressedKeys(db, emails.map(emailKey));
  if (!listed.size && people.length === extraction.people.length) return extraction;
  const suppressed = (value: unknown) => typeof value === "string" && value.includes("@") && listed.has(keyId(emailKey(value)));
  return {
    ...extraction,
    people,
    company: { ...extraction.company, emails: extraction.company.emails.filter((email) => !suppressed(email)) },
    observations: extraction.observations.filter((o) => !suppressed(o.value)),
  };
}

function emailsIn(extraction: SiteExtraction): string[] {
  const fromObservations = extraction.observations.flatMap((o) => (typeof o.value === "string" && o.value.includes("@") ? [o.value] : []));
  return [...extraction.company.emails, ...fromObservations];
}
