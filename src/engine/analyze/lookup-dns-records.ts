import type { DnsPort } from "../fetch/types.ts";
import type { DnsRecords } from "./extractor-set.ts";

/** MX, TXT and NS of the company domain for the tech detector; undefined without a DNS port or domain. */
export async function lookupDnsRecords(dns: DnsPort | undefined, domain: string | null): Promise<DnsRecords | undefined> {
  if (!dns || !domain) return undefined;
  const [mx, txt, ns] = await Promise.all([dns.resolveMx(domain), dns.resolveTxt(domain), dns.resolveNs(domain)]);
  return { mx, txt, ns };
}
