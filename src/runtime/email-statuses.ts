import { splitList, type Config } from "../config.ts";
import { checkEmailStatus, createSmtpProbe, nodeDnsPorts, type SmtpProbeResult } from "../engine/extract/contacts/index.ts";
import { createAddressPolicy, createGuardedResolver, resolveWithSystemDns } from "../engine/fetch/index.ts";
import type { PersonFacts } from "../engine/types.ts";

/**
 * email_status for every address found on the site: MX look-up (no mail host → invalid), and with
 * OPENPROSPECT_SMTP_PROBE=on an RCPT probe with catch-all detection. Refusals, greylisting and
 * timeouts stay `unknown`, never `valid`.
 */
export function createEmailStatusAssigner(config: Config) {
  const ports = {
    ...nodeDnsPorts(),
    smtpProbe: config.OPENPROSPECT_SMTP_PROBE === "on" ? guardedSmtpProbe(config) : undefined,
  };
  const options = { smtpProbe: config.OPENPROSPECT_SMTP_PROBE === "on" };
  return async (people: PersonFacts[]): Promise<PersonFacts[]> =>
    Promise.all(
      people.map(async (person) =>
        person.email && person.email_method !== "inferred" ? { ...person, email_status: await checkEmailStatus(person.email, ports, options) } : person,
      ),
    );
}

// A mail host is another outbound target: it gets the crawler's address policy, and the probe
// connects to the address that was checked, never to a second DNS answer.
function guardedSmtpProbe(config: Config) {
  const probe = createSmtpProbe({ heloName: config.OPENPROSPECT_SMTP_HELO, mailFrom: config.OPENPROSPECT_SMTP_MAIL_FROM });
  const resolve = createGuardedResolver(createAddressPolicy(splitList(config.OPENPROSPECT_ALLOW_CIDRS)), resolveWithSystemDns);
  return async (mx: string, email: string): Promise<SmtpProbeResult> => {
    try {
      const [address] = await resolve(mx);
      return await probe(address.address, email);
    } catch (error) {
      return { kind: "error", code: null, message: `mail host ${mx} not probed: ${(error as Error).message}` };
    }
  };
}
