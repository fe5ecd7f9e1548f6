export { createFetcher, type Fetcher } from "./create-fetcher.ts";
export type { FetcherOptions } from "./fetcher-options.ts";
export { InMemoryPoliteness } from "./in-memory-politeness.ts";
export { createNodeDnsPort } from "./node-dns-port.ts";
export { createAddressPolicy, type AddressPolicy } from "./address-policy.ts";
export type { RobotsRules } from "./robots-cache.ts";
export type * from "./types.ts";
export { withStaticHosts } from "./static-hosts.ts";
export { resolveWithSystemDns } from "./guarded-resolver.ts";
