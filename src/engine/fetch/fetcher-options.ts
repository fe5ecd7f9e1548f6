import type { PolitenessPort, ResolveAllAddresses } from "./types.ts";

export interface FetcherOptions {
  /** Non-public ranges the operator explicitly allows (config OPENPROSPECT_ALLOW_CIDRS), e.g. ["10.1.0.0/16"]. */
  allowCidrs?: string[];
  /** Ports besides 80 and 443 that public hosts may be crawled on (config OPENPROSPECT_ALLOW_PORTS). */
  allowPorts?: number[];
  /** http://host:port of an outbound HTTP proxy (trusted); target hosts are still checked. */
  outboundProxy?: string;
  /** Shown in the User-Agent so site owners can reach the operator. */
  contactUrl?: string;
  /** Name resolution used for the SSRF check (defaults to the system resolver). */
  resolveAll?: ResolveAllAddresses;
  politeness?: PolitenessPort;
  /** Minimum gap between two requests to one host. */
  minDelayMs?: number;
  /** Upper bound for a robots.txt Crawl-delay, so one site cannot stall a worker for minutes. */
  maxCrawlDelayMs?: number;
  respectRobots?: boolean;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export type ResolvedFetcherOptions = Required<Omit<FetcherOptions, "outboundProxy" | "contactUrl" | "resolveAll" | "politeness">> &
  Pick<FetcherOptions, "outboundProxy" | "contactUrl">;

export function withDefaults(options: FetcherOptions): ResolvedFetcherOptions {
  return {
    allowCidrs: options.allowCidrs ?? [],
    allowPorts: options.allowPorts ?? [],
    outboundProxy: options.outboundProxy,
    contactUrl: options.contactUrl,
    minDelayMs: options.minDelayMs ?? 1000,
    maxCrawlDelayMs: options.maxCrawlDelayMs ?? 30_000,
    respectRobots: options.respectRobots ?? true,
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    headersTimeoutMs: options.headersTimeoutMs ?? 15_000,
    totalTimeoutMs: options.totalTimeoutMs ?? 30_000,
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    maxRedirects: options.maxRedirects ?? 5,
  };
}
