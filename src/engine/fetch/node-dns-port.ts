import { Resolver } from "node:dns/promises";
import type { DnsPort } from "./types.ts";

/** DnsPort on node:dns; `dnsServers` (e.g. ["9.9.9.9"]) overrides the system resolvers. Missing records are []. */
export function createNodeDnsPort(options: { dnsServers?: string[]; timeoutMs?: number } = {}): DnsPort {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 5000, tries: 2 });
  if (options.dnsServers?.length) resolver.setServers(options.dnsServers);
  return {
    resolveMx: (domain) => orEmpty(resolver.resolveMx(domain).then((rs) => rs.sort((a, b) => a.priority - b.priority).map((r) => r.exchange))),
    resolveTxt: (domain) => orEmpty(resolver.resolveTxt(domain).then((rs) => rs.map((parts) => parts.join("")))),
    resolveNs: (domain) => orEmpty(resolver.resolveNs(domain)),
  };
}

async function orEmpty(lookup: Promise<string[]>): Promise<string[]> {
  try {
    return await lookup;
  } catch {
    return [];
  }
}
