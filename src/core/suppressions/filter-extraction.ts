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
    observations: extraction.observations.flatMap((o) => {
      if (Array.isArray(o.value)) {
        const kept = o.value.filter((item) => !suppressed(item));
        return kept.length ? [{ ...o, value: kept }] : [];
      }
      return suppressed(o.value) ? [] : [o];
    }),
  };
}

function emailsIn(extraction: SiteExtraction): string[] {
  const values = extraction.observations.flatMap((o) => (Array.isArray(o.value) ? o.value : [o.value]));
  const fromObservations = values.filter((value): value is string => typeof value === "string" && value.includes("@"));
  return [...extraction.company.emails, ...fromObservations];
}
