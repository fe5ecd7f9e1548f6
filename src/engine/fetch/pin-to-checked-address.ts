import type { ResolveAllAddresses } from "./types.ts";

export interface PinnedTarget {
  /** The URL with its host replaced by the address that passed the check. */
  url: string;
  /** The original authority, sent as Host (and used as the TLS server name by undici). */
  host: string;
}

/**
 * Proxy mode: a proxy given a host name resolves it again, so a rebinding DNS answer could send the
 * request to an internal address after our check. Giving the proxy the checked address closes that.
 */
export function createAddressPinner(resolve: ResolveAllAddresses): (url: string) => Promise<PinnedTarget> {
  return async (url) => {
    const target = new URL(url);
    const [checked] = await resolve(target.hostname);
    const pinned = new URL(url);
    pinned.hostname = checked.family === 6 ? `[${checked.address}]` : checked.address;
    return { url: pinned.href, host: target.host };
  };
}
