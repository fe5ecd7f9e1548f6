import { promises as dns } from "node:dns";
import type { EmailStatusPorts } from "./email-status.ts";

/** The DNS half of EmailStatusPorts over node:dns (MX, then A/AAAA for the implicit-MX rule). */
export function nodeDnsPorts(): Pick<EmailStatusPorts, "resolveMx" | "resolveA"> {
  return {
    resolveMx: (domain) => dns.resolveMx(domain),
    resolveA: async (domain) => {
      const v4 = await dns.resolve4(domain).catch(() => [] as string[]);
      return v4.length ? v4 : dns.resolve6(domain);
    },
  };
}
