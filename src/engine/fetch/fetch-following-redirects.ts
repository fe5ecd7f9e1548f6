import { classifyError } from "./classify-error.ts";
import { exchangeOnce, type ExchangeSettings } from "./exchange-once.ts";
import type { ResolvedFetcherOptions } from "./fetcher-options.ts";
import { acceptsContentType, readDocument } from "./read-document.ts";
import { portRefusal } from "./port-policy.ts";
import type { RobotsCache } from "./robots-cache.ts";
import type { FetchFailure, FetchRequestOptions, FetchResult, PolitenessPort, ResolveAllAddresses } from "./types.ts";

export interface FetchContext {
  settings: ResolvedFetcherOptions;
  exchange: ExchangeSettings;
  resolve: ResolveAllAddresses;
  politeness: PolitenessPort;
  robots: RobotsCache | null;
}

/** Follow redirects by hand so that every hop passes the scheme, address and robots checks again. */
export async function fetchFollowingRedirects(url: string, request: FetchRequestOptions, ctx: FetchContext): Promise<FetchResult> {
  const chain: string[] = [];
  const fail = (reason: FetchFailure["reason"], detail: string, status?: number): FetchFailure =>
    ({ ok: false, url, reason, detail, status, chain });
  let current = url;
  for (;;) {
    chain.push(current);
    const target = parseTarget(current);
    if (typeof target === "string") return fail(target === "invalid_url" ? "invalid_url" : "unsupported_scheme", `${target}: ${current}`);
    const refusal = await checkHop(target, request, ctx);
    if (refusal) return fail(refusal.reason, refusal.detail);
    const kind = request.kind ?? "html";
    const raw = await exchangeOnce(target.href, ctx.exchange, (status, headers) =>
      status >= 200 && status < 300 && acceptsContentType(kind, headers["content-type"] ?? ""));
    if (!raw.ok) return fail(raw.reason, raw.detail, raw.status);
    const location = raw.headers.location;
    if (raw.status >= 300 && raw.status < 400 && location) {
      const next = resolveLocation(location, target);
      if (!next) return fail("invalid_url", `bad Location '${location}'`, raw.status);
      if (chain.includes(next)) return fail("redirect_loop", `${current} -> ${next} was already visited`, raw.status);
      if (chain.length > ctx.settings.maxRedirects) return fail("too_many_redirects", `more than ${ctx.settings.maxRedirects} redirects`, raw.status);
      current = next;
      continue;
    }
    if (raw.status < 200 || raw.status >= 300) return fail("http_error", `HTTP ${raw.status}`, raw.status);
    if (!raw.body) return fail("not_html", `content type '${raw.headers["content-type"]}'`, raw.status);
    const document = readDocument(target.href, raw, ctx.settings.maxBytes);
    if (!document.ok) return fail(document.reason, document.detail, document.status);
    return { ok: true, page: document.page, chain };
  }
}

async function checkHop(target: URL, request: FetchRequestOptions, ctx: FetchContext): Promise<{ reason: FetchFailure["reason"]; detail: string } | null> {
  let addresses;
  try {
    addresses = await ctx.resolve(target.hostname);
  } catch (error) {
    return classifyError(error);
  }
  const refusedPort = portRefusal(target, addresses, ctx.settings.allowPorts);
  if (refusedPort) return { reason: "blocked_address", detail: refusedPort };
  let delay = ctx.settings.minDelayMs;
  if (!request.ignoreRobots && ctx.settings.respectRobots && ctx.robots) {
    const rules = await ctx.robots.rulesFor(target.href);
    if (!rules.isAllowed(target.href)) return { reason: "robots_disallowed", detail: `${rules.url} disallows ${target.pathname}` };
    delay = Math.max(delay, Math.min(rules.crawlDelayMs ?? 0, ctx.settings.maxCrawlDelayMs));
  }
  await ctx.politeness.waitTurn(target.host, delay);
  return null;
}

function parseTarget(raw: string): URL | "invalid_url" | "unsupported_scheme" {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return "invalid_url";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return "unsupported_scheme";
  parsed.hash = "";
  return parsed;
}

function resolveLocation(location: string, base: URL): string | null {
  try {
    const next = new URL(location, base);
    next.hash = "";
    return next.href;
  } catch {
    return null;
  }
}
