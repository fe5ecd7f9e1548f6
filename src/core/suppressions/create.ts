import type { Db } from "../../db/database.ts";
import { registrableDomain } from "../companies/domain-key.ts";
import { ValidationError } from "../errors.ts";
import { addSuppressions } from "./add.ts";
import { domainKey, emailKey, personKey, type SuppressionKey } from "./keys.ts";
import type { CreateSuppression, Suppression } from "./schemas.ts";

/**
 * An operator's suppression entry: from then on the value is refused at crawl, extraction and
 * delivery. Data already held is removed by erasing the company or person.
 */
export async function createSuppression(db: Db, input: CreateSuppression): Promise<Suppression> {
  const [row] = await addSuppressions(db, [keyOf(input)], "operator");
  return row!;
}

function keyOf(input: CreateSuppression): SuppressionKey {
  if (input.kind === "email") return emailKey(input.email);
  const domain = registrableDomain(input.domain);
  if (!domain) throw new ValidationError([{ field: "domain", message: "Must be a domain with a public suffix" }]);
  return input.kind === "domain" ? domainKey(domain) : personKey(input.name, domain);
}
