import { createAddressPolicy } from "./address-policy.ts";
import { createDispatcher } from "./create-dispatcher.ts";
import { type ExchangeSettings } from "./exchange-once.ts";
import { withDefaults, type FetcherOptions } from "./fetcher-options.ts";
import { fetchFollowingRedirects } from "./fetch-following-redirects.ts";
import { createGuardedResolver, resolveWithSystemDns, toConnectLookup } from "./guarded-resolver.ts";
import { InMemoryPoliteness } from "./in-memory-politeness.ts";
import { createAddressPinner } from "./pin-to-checked-address.ts";
import { RobotsCache, type RobotsRules } from "./robots-cache.ts";
import type { FetchRequestOptions, FetchResult } from "./types.ts";
import { buildUserAgent, ROBOTS_AGENT } from "./user-agent.ts";

export interface Fetcher {
  /** Never throws: every problem comes back as `{ ok: false, reason }`. */
  fetch(url: string, options?: FetchRequestOptions): Promise<FetchResult>;
  /** Any text body (feeds, sitemaps) or null; the shape extractors use for ATS feeds. */
  getText(url: string): Promise<string | null>;
  robotsFor(url: string): Promise<RobotsRules>;
  close(): Promise<void>;
}

export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const settings = withDefaults(options);
  const resolve = createGuardedResolver(createAddressPolicy(settings.allowCidrs), options.resolveAll ?? resolveWithSystemDns);
  const dispatcher = createDispatcher({
    connectLookup: toConnectLookup(resolve),
    connectTimeoutMs: settings.connectTimeoutMs,
    outboundProxy: settings.outboundProxy,
  });
  const exchange: ExchangeSettings = {
    dispatcher,
    userAgent: buildUserAgent(settings.contactUrl),
    headersTimeoutMs: settings.headersTimeoutMs,
    totalTimeoutMs: settings.totalTimeoutMs,
    maxBytes: settings.maxBytes,
    // Direct mode pins through connect.lookup; through a proxy the URL itself carries the address.
    pinTarget: settings.outboundProxy ? createAddressPinner(resolve) : undefined,
  };
  const politeness = options.politeness ?? new InMemoryPoliteness();
  const context = { settings, exchange, resolve, politeness, robots: null as RobotsCache | null };
  const fetch = async (url: string, request: FetchRequestOptions = {}): Promise<FetchResult> => {
    try {
      return await fetchFollowingRedirects(url, request, context);
    } catch (error) {
      return { ok: false, url, reason: "network_error", detail: `unexpected: ${(error as Error).message}`, chain: [url] };
    }
  };
  context.robots = new RobotsCache((url) => fetch(url, { kind: "text", ignoreRobots: true }), ROBOTS_AGENT);
  return {
    fetch,
    getText: async (url) => {
      const result = await fetch(url, { kind: "text" });
      return result.ok ? result.page.html : null;
    },
    robotsFor: (url) => context.robots!.rulesFor(url),
    // destroy, not close: a request stuck on an unresponsive proxy must not keep shutdown waiting.
    close: () => dispatcher.destroy(),
  };
}
