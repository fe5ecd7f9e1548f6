import type { Page } from "../types.ts";

/** Why a fetch produced no usable document; every failure carries one. */
export type FetchFailureReason =
  | "invalid_url"
  | "unsupported_scheme"
  | "blocked_address"
  | "dns_error"
  | "network_error"
  | "timeout"
  | "too_large"
  | "redirect_loop"
  | "too_many_redirects"
  | "robots_disallowed"
  | "http_error"
  | "not_html"
  | "binary_content"
  | "decode_error";

export interface FetchSuccess {
  ok: true;
  page: Page;
  /** Every URL requested, first to last (the last one is `page.url`). */
  chain: string[];
}

export interface FetchFailure {
  ok: false;
  url: string;
  reason: FetchFailureReason;
  detail: string;
  /** HTTP status when the server answered (http_error, not_html ...). */
  status?: number;
  chain: string[];
}

export type FetchResult = FetchSuccess | FetchFailure;

/** What kind of body the caller accepts: html pages, or any text (robots.txt, sitemaps, feeds). */
export type BodyKind = "html" | "text";

export interface FetchRequestOptions {
  kind?: BodyKind;
  /** Skip the robots.txt check (used to fetch robots.txt itself). */
  ignoreRobots?: boolean;
}

/** Per-host turn-taking so that many workers never hammer one site; core provides a PostgreSQL one. */
export interface PolitenessPort {
  waitTurn(host: string, minDelayMs: number): Promise<void>;
}

/** DNS records the tech detector and email checks need. */
export interface DnsPort {
  resolveMx(domain: string): Promise<string[]>;
  resolveTxt(domain: string): Promise<string[]>;
  resolveNs(domain: string): Promise<string[]>;
}

export interface LookupAddress {
  address: string;
  family: number;
}

/** A dns.lookup-shaped resolver returning every address; injectable so tests can fake public names. */
export type ResolveAllAddresses = (hostname: string) => Promise<LookupAddress[]>;
