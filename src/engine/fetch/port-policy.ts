import { createAddressPolicy } from "./address-policy.ts";
import type { LookupAddress } from "./types.ts";

const WEB_PORTS = new Set([80, 443]);
const publicOnly = createAddressPolicy([]);

/**
 * Why a URL's port is refused, or null. Public hosts are crawled on the web ports only, or on ports
 * the operator allows: other ports reach mail, database or admin services, not websites. Addresses
 * the operator allowed explicitly (non-public ones that passed the address guard) keep any port.
 */
export function portRefusal(url: URL, addresses: readonly LookupAddress[], allowPorts: readonly number[]): string | null {
  if (!url.port) return null;
  const port = Number(url.port);
  if (WEB_PORTS.has(port) || allowPorts.includes(port)) return null;
  if (addresses.length && addresses.every((a) => !publicOnly.isAllowed(a.address))) return null;
  return `port ${port} is not allowed: only 80 and 443, or those in OPENPROSPECT_ALLOW_PORTS`;
}
