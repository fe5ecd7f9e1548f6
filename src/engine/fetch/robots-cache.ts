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

/** robots.txt per origin, fetched once and shared by every request to that origin. */
export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<RobotsRules>>();

  constructor(
    private readonly fetchText: (url: string) => Promise<FetchResult>,
    private readonly agent: string,
  ) {}

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
      parsed = robotsParser(robotsUrl, result.page.html);
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

function fixedRules(url: string, allowed: boolean): RobotsRules {
  return { url, found: false, isAllowed: () => allowed, crawlDelayMs: null, sitemaps: [] };
}
