import type { Config } from "../config.ts";
import { checkEmailStatus, createSmtpProbe, nodeDnsPorts } from "../engine/extract/contacts/index.ts";
import type { PersonFacts } from "../engine/types.ts";

/**
 * email_status for every address found on the site: MX look-up (no mail host → invalid), and with
 * OPENPROSPECT_SMTP_PROBE=on an RCPT probe with catch-all detection. Refusals, greylisting and
 * timeouts stay `unknown`, never `valid`.
 */
export function createEmailStatusAssigner(config: Config) {
  const ports = {
    ...nodeDnsPorts(),
    smtpProbe: config.OPENPROSPECT_SMTP_PROBE === "on" ? createSmtpProbe({ heloName: config.OPENPROSPECT_SMTP_HELO, mailFrom: config.OPENPROSPECT_SMTP_MAIL_FROM }) : undefined,
  };
  const options = { smtpProbe: config.OPENPROSPECT_SMTP_PROBE === "on" };
  return async (people: PersonFacts[]): Promise<PersonFacts[]> =>
    Promise.all(
      people.map(async (person) =>
        person.email && person.email_method !== "inferred" ? { ...person, email_status: await checkEmailStatus(person.email, ports, options) } : person,
      ),
    );
}
