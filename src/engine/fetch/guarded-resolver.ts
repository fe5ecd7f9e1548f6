import { lookup as dnsLookup } from "node:dns/promises";
import { isIP, type LookupFunction } from "node:net";
import type { AddressPolicy } from "./address-policy.ts";
import type { LookupAddress, ResolveAllAddresses } from "./types.ts";

/** Thrown when a host is, or resolves to, an address the policy refuses. */
export class BlockedAddressError extends Error {
  readonly code = "EBLOCKED_ADDRESS";
}

export const resolveWithSystemDns: ResolveAllAddresses = (hostname) =>
  dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Resolve a host and refuse it when ANY of its addresses is non-public: a name that mixes a public
 * and a private address would otherwise reach the private one on a retry or a second connection.
 */
export function createGuardedResolver(policy: AddressPolicy, resolveAll: ResolveAllAddresses): ResolveAllAddresses {
  return async (hostname) => {
    const bare = hostname.replace(/^\[|\]$/g, "");
    const family = isIP(bare);
    const addresses: LookupAddress[] = family ? [{ address: bare, family }] : await resolveAll(bare);
    if (addresses.length === 0) throw Object.assign(new Error(`no address for ${bare}`), { code: "ENOTFOUND" });
    const refused = addresses.find((a) => !policy.isAllowed(a.address));
    if (refused) throw new BlockedAddressError(`${bare} resolves to non-public address ${refused.address}`);
    return addresses;
  };
}

/**
 * A net.connect `lookup` that hands the socket only addresses that were just checked, so the
 * connection is pinned to them and a second (rebinding) DNS answer never gets used.
 */
export function toConnectLookup(resolve: ResolveAllAddresses): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}
