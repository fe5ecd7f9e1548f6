import { isIP } from "node:net";
import type { ResolveAllAddresses } from "./types.ts";

/**
 * Name resolution with fixed answers first ("host=address", "*.suffix=address"), then `fallback`.
 * Operators use it for split-horizon names; the SSRF policy still judges the answer it gives.
 */
export function withStaticHosts(entries: readonly string[], fallback: ResolveAllAddresses): ResolveAllAddresses {
  const exact = new Map<string, string>();
  const suffixes: [string, string][] = [];
  for (const entry of entries) {
    const [host, address] = entry.split("=").map((part) => part?.trim().toLowerCase());
    if (!host || !address || !isIP(address)) throw new Error(`invalid static host entry "${entry}" (expected host=ip)`);
    if (host.startsWith("*.")) suffixes.push([host.slice(1), address]);
    else exact.set(host, address);
  }
  if (!exact.size && !suffixes.length) return fallback;
  return async (hostname) => {
    const name = hostname.toLowerCase();
    const address = exact.get(name) ?? suffixes.find(([suffix]) => name.endsWith(suffix))?.[1];
    return address ? [{ address, family: isIP(address) }] : fallback(hostname);
  };
}
