import { LRUCache } from "lru-cache";
import robotsParserModule from "robots-parser";
import type { FetchResult } from "./types.ts";

export interface RobotsRules {
  /** The robots.txt URL, and whether it was there. */
  url: string;
  found: boolean;
  isAllowed(url: string): boolean;
  crawlDelayMs: number | null;
  sitemaps: string[];
}

// The package is CommonJS (module.exports = fn) but its typings declare an ES default export.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** RFC 9309: a crawler parses at least 500 KiB of a robots.txt and may ignore what follows. */
export const ROBOTS_MAX_CHARS = 500 * 1024;
/** RFC 9309: a cached robots.txt should not be used for more than 24 hours. */
export const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;

export interface RobotsCacheOptions {
  /** Origins kept (least recently used dropped first), so a long-running worker's memory stays bounded. */
  maxOrigins?: number;
  ttlMs?: number;
  /** Milliseconds clock for the TTL; tests pass their own so expiry does not depend on real time. */
  now?: () => number;
}

/** robots.txt per origin, fetched once per TTL and shared by every request to that origin. */
export class RobotsCache {
  private readonly byOrigin: LRUCache<string, Promise<RobotsRules>>;

  constructor(
    private readonly fetchText: (url: string) => Promise<FetchResult>,
    private readonly agent: string,
    options: RobotsCacheOptions = {},
  ) {
    const clock = options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {};
    this.byOrigin = new LRUCache({ max: options.maxOrigins ?? 2000, ttl: options.ttlMs ?? ROBOTS_TTL_MS, ...clock });
  }

  rulesFor(pageUrl: string): Promise<RobotsRules> {
    let origin: string;
    try {
      origin = new URL(pageUrl).origin;
    } catch {
      return Promise.resolve(fixedRules(pageUrl, true));
    }
    let rules = this.byOrigin.get(origin);
    if (!rules) {
      rules = this.load(`${origin}/robots.txt`);
      this.byOrigin.set(origin, rules);
    }
    return rules;
  }

  private async load(robotsUrl: string): Promise<RobotsRules> {
    const result = await this.fetchText(robotsUrl);
    // RFC 9309: a server error means "assume everything is disallowed"; a missing file allows all.
    if (!result.ok && result.reason === "http_error" && (result.status ?? 0) >= 500) return fixedRules(robotsUrl, false);
    if (!result.ok) return fixedRules(robotsUrl, true);
    let parsed: ReturnType<typeof robotsParser>;
    try {
      parsed = robotsParser(robotsUrl, firstPart(result.page.html));
    } catch {
      return fixedRules(robotsUrl, true);
    }
    const delay = parsed.getCrawlDelay(this.agent);
    return {
      url: robotsUrl,
      found: true,
      isAllowed: (url) => parsed.isAllowed(url, this.agent) !== false,
      crawlDelayMs: typeof delay === "number" && delay > 0 ? delay * 1000 : null,
      sitemaps: parsed.getSitemaps(),
    };
  }
}

/** The first ROBOTS_MAX_CHARS, cut after the last complete line so no rule is read half. */
function firstPart(text: string): string {
  if (text.length <= ROBOTS_MAX_CHARS) return text;
  const head = text.slice(0, ROBOTS_MAX_CHARS);
  return head.slice(0, head.lastIndexOf("\n") + 1);
}

function fixedRules(url: string, allowed: boolean): RobotsRules {
  return { url, found: false, isAllowed: () => allowed, crawlDelayMs: null, sitemaps: [] };
}
