import { getDomain } from "tldts";

/**
 * Which links belong to the site being crawled: the same registrable domain (tldts). Links to the
 * home host written with another scheme or with/without "www." are moved onto the origin the home
 * page was actually served from, so one site is crawled through one origin.
 */
export class SiteScope {
  readonly origin: string;
  private readonly homeHost: string;
  private readonly registrable: string;

  constructor(homeUrl: string) {
    const home = new URL(homeUrl);
    this.origin = home.origin;
    this.homeHost = bareHost(home.hostname);
    this.registrable = getDomain(home.hostname) ?? home.hostname;
  }

  /** The URL to fetch for a link, or null when it leaves the site. */
  inScope(url: string): string | null {
    // One malformed link or sitemap <loc> is skipped, never the end of the crawl.
    if (!URL.canParse(url)) return null;
    const parsed = new URL(url);
    if (bareHost(parsed.hostname) === this.homeHost) {
      const home = new URL(this.origin);
      parsed.protocol = home.protocol;
      parsed.host = home.host;
      return parsed.href;
    }
    const registrable = getDomain(parsed.hostname) ?? parsed.hostname;
    return registrable === this.registrable ? parsed.href : null;
  }
}

function bareHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, "");
}
