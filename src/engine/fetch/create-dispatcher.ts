import type { LookupFunction } from "node:net";
import { Agent, ProxyAgent, type Dispatcher } from "undici";

export interface DispatcherOptions {
  connectLookup: LookupFunction;
  connectTimeoutMs: number;
  /** http://host:port of an outbound proxy; trusted operator configuration. */
  outboundProxy?: string;
}

/**
 * Direct mode pins every socket to checked addresses through `connect.lookup`. Proxy mode sends
 * plain-http requests in absolute form to the proxy (https goes through CONNECT); the proxy itself
 * is trusted config, and it is handed the checked address, never a name to resolve again (the
 * fetcher rewrites the URL and keeps the name as Host and TLS server name).
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  if (options.outboundProxy) {
    return new ProxyAgent({
      uri: options.outboundProxy,
      proxyTunnel: false,
      connect: { timeout: options.connectTimeoutMs },
    });
  }
  return new Agent({ connect: { lookup: options.connectLookup, timeout: options.connectTimeoutMs } });
}
