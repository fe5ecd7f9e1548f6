import { createHash } from "node:crypto";
import type { RobotsRules } from "../fetch/robots-cache.ts";
import type { FetchResult } from "../fetch/types.ts";
import type { Page } from "../types.ts";
import { cleanUrlVariants } from "./clean-url-variants.ts";
import type { CrawlDeps, CrawlFailure, CrawlOptions, CrawlResult, CrawlVisit, OutboundLink, PageLinks } from "./crawl-types.ts";
import { CrawlQueue, type QueuedPage } from "./crawl-queue.ts";
import { extractLinks } from "./extract-links.ts";
import { metaRefreshTarget } from "./meta-refresh-target.ts";
import { pageKey } from "./normalize-url.ts";
import { scoreLink, type LinkCandidate } from "./score-link.ts";
import { discoverSitemapPages } from "./discover-sitemap-pages.ts";
import { declaredLanguage, guessImportantUrls } from "./guess-important-urls.ts";
import { SiteScope } from "./site-scope.ts";
import { kindFromContent } from "./kind-from-content.ts";
import type { PageKind } from "./page-kinds.ts";
import { startUrls } from "./start-urls.ts";

/** Guessed URLs go after every real link of ordinary value: they are often 404s. */
const GUESS_SCORE = 5;
/** What an ordinary link scores; person links beyond the cap fall back to it. */
const OTHER_PAGE_SCORE = 10;
/** Profile pages boosted per site: a directory of 80 staff must not spend the whole page budget on them. */
const MAX_PERSON_PAGES = 12;
/** Clean-URL retries stop once this many 404s found no other spelling: the site does not use them. */
const MAX_FRUITLESS_VARIANTS = 5;
/** A home page that only refreshes to the real one (/ → /de/) is followed before anything else. */
const HOME_REFRESH_SCORE = 200;
/** Team and careers pages reached at the depth limit still queue their own links (profiles, openings) one hop on. */
const DEEPER_KINDS: ReadonlySet<string> = new Set(["team", "careers"]);

interface CrawlState {
  deps: CrawlDeps;
  scope: SiteScope;
  queue: CrawlQueue;
  pages: Page[];
  visits: CrawlVisit[];
  failures: CrawlFailure[];
  outbound: OutboundLink[];
  fetchedKeys: Set<string>;
  /** Body hashes: the same document under two URLs (/, /home, /index.php) is kept once. */
  bodyHashes: Set<string>;
  /** HTTP fetches made after the home page, clean-URL retries included. */
  requests: number;
  /** Person profile links boosted so far. */
  personLinks: number;
  /** Clean-URL retries: how many 404s were tried and how many found the page under another spelling. */
  variants: { tried: number; found: number };
  /** The kind the home page's own title suggests: that is the site's name ("Kanzlei Roe"), not a page's. */
  homeContentKind: PageKind | null;
}

/** Home page first, then the pages that matter (imprint, contact, team, careers ...) within budget. */
export async function crawlSite(start: string, deps: CrawlDeps, options: CrawlOptions = {}): Promise<CrawlResult> {
  const maxPages = options.maxPages ?? 25;
  const maxDepth = options.maxDepth ?? 2;
  const maxRequests = options.maxRequests ?? maxPages * 4;
  const deadline = Date.now() + (options.maxDurationMs ?? Infinity);
  const failures: CrawlFailure[] = [];
  const home = await fetchHome(start, deps, failures);
  if (!home) return { pages: [], failures, robots: null, visits: [] };
  const homeLinks = await linksOf(deps, home.page, failures);
  if (!homeLinks) return { pages: [], failures, robots: null, visits: [] };
  const scope = new SiteScope(home.page.url);
  const state: CrawlState = { deps, scope, queue: new CrawlQueue(), pages: [], visits: [], failures, outbound: [], fetchedKeys: new Set(), bodyHashes: new Set(), requests: 0, personLinks: 0, variants: { tried: 0, found: 0 }, homeContentKind: kindFromContent(home.page.html) };
  accept(state, home, { url: home.page.url, kind: "home", depth: 0 });
  followRefresh(state, homeLinks.refresh, { depth: 0, kind: null, score: HOME_REFRESH_SCORE });
  enqueueLinksOf(state, homeLinks.links, { depth: 0, kind: null });
  keepOutbound(state, homeLinks.links, home.page.url);
  const robots = await seedQueue(state, home.page, options);
  for (let next = state.queue.pop(); next && state.pages.length < maxPages && state.requests < maxRequests && Date.now() < deadline; next = state.queue.pop()) {
    const result = await fetchWithVariants(next.url, state, maxRequests);
    if (!result.ok) failures.push({ url: next.url, reason: result.reason, detail: result.detail, status: result.status });
    else if (isNewDocument(state, result.page)) {
      const found = await linksOf(deps, result.page, failures, next.linkBase);
      if (!found) continue;
      const kind = next.kind ?? contentKind(state, result.page.html);
      accept(state, result, { url: result.page.url, kind, depth: next.depth });
      followRefresh(state, found.refresh, next);
      if (next.depth < maxDepth || (kind && DEEPER_KINDS.has(kind) && next.depth <= maxDepth)) enqueueLinksOf(state, found.links, { depth: next.depth, kind });
      keepOutbound(state, found.links, result.page.url);
    }
  }
  const { url, found, crawlDelayMs, sitemaps } = robots;
  return { pages: state.pages, outbound: state.outbound, failures, robots: { url, found, crawlDelayMs, sitemaps }, visits: state.visits };
}

/** A page reached through an ordinary link that names itself a team, about or careers page. */
function contentKind(state: CrawlState, html: string): PageKind | null {
  const kind = kindFromContent(html);
  return kind && kind !== state.homeContentKind ? kind : null;
}

// Bounded: a link farm or a huge directory page must not grow one crawl's result without limit.
const MAX_OUTBOUND_LINKS = 500;

/** Links that leave the site (other hosts, http(s) only), kept with the page that holds them. */
function keepOutbound(state: CrawlState, links: LinkCandidate[], pageUrl: string): void {
  for (const link of links) {
    if (state.outbound.length >= MAX_OUTBOUND_LINKS) return;
    if (!/^https?:\/\//i.test(link.url) || state.scope.inScope(link.url)) continue;
    state.outbound.push({ url: link.url, text: link.text.slice(0, 200), pageUrl });
  }
}

/** Sitemap entries, then conventional paths for important kinds that no link revealed. */
async function seedQueue(state: CrawlState, home: Page, options: CrawlOptions): Promise<RobotsRules> {
  const robots = await state.deps.fetcher.robotsFor(home.url);
  const sitemapFiles = robots.sitemaps.map((url) => state.scope.inScope(url)).filter((url): url is string => url !== null);
  const sitemapPages = await discoverSitemapPages(state.scope, sitemapFiles, state.deps.fetcher, options.maxSitemapUrls ?? 500);
  for (const url of sitemapPages) enqueue(state, { url, text: "", inNavigation: false }, null, 1);
  for (const guess of guessImportantUrls(home.url, declaredLanguage(home.html), state.queue.kinds())) {
    state.queue.push({ url: guess.url, key: pageKey(guess.url), depth: 1, kind: guess.kind, score: GUESS_SCORE });
  }
  return robots;
}

async function fetchHome(start: string, deps: CrawlDeps, failures: CrawlFailure[]): Promise<Extract<FetchResult, { ok: true }> | null> {
  for (const url of startUrls(start)) {
    const result = await deps.fetcher.fetch(url);
    if (result.ok) return result;
    failures.push({ url, reason: result.reason, detail: result.detail, status: result.status });
    // The site answered and said no (robots, SSRF policy): other spellings of its address will too.
    if (result.reason === "robots_disallowed" || result.reason === "blocked_address") return null;
  }
  return null;
}

function accept(state: CrawlState, result: Extract<FetchResult, { ok: true }>, visit: CrawlVisit): void {
  for (const url of [...result.chain, result.page.url]) {
    state.queue.markKnown(pageKey(url));
    state.fetchedKeys.add(pageKey(url));
  }
  state.bodyHashes.add(hashOf(result.page.html));
  state.pages.push(result.page);
  state.visits.push(visit);
}

function isNewDocument(state: CrawlState, page: Page): boolean {
  return !state.fetchedKeys.has(pageKey(page.url)) && !state.bodyHashes.has(hashOf(page.html));
}

function hashOf(html: string): string {
  return createHash("sha1").update(html).digest("hex");
}

/** Links of a fetched page; null when its analysis overran its budget (then it is a failure, not a page). */
async function linksOf(deps: CrawlDeps, page: Page, failures: CrawlFailure[], linkBase?: string): Promise<PageLinks | null> {
  if (!deps.pageLinks) return { links: extractLinks(page.html, linkBase ?? page.url), refresh: metaRefreshTarget(page.html, page.url) };
  const found = await deps.pageLinks({ html: page.html, url: page.url, linkBase });
  if (found.ok) return found.value;
  failures.push({ url: page.url, reason: "analysis_over_budget", detail: found.reason });
  return null;
}

/** A page that refreshes elsewhere is replaced by its target, at the same depth and priority. */
function followRefresh(state: CrawlState, refresh: string | null, from: Pick<QueuedPage, "depth" | "kind" | "score">): void {
  const url = refresh && state.scope.inScope(refresh);
  if (url) state.queue.push({ url, key: pageKey(url), depth: from.depth, kind: from.kind, score: from.score + 1 });
}

function enqueueLinksOf(state: CrawlState, links: LinkCandidate[], from: Pick<QueuedPage, "depth" | "kind">): void {
  for (const link of links) enqueue(state, link, from.kind, from.depth + 1);
}

function enqueue(state: CrawlState, link: Parameters<typeof scoreLink>[0], foundOn: QueuedPage["kind"], depth: number): void {
  const url = state.scope.inScope(link.url);
  if (!url) return;
  const scored = scoreLink({ ...link, url }, foundOn);
  let score = scored.score;
  if (scored.person && !state.queue.has(pageKey(url)) && ++state.personLinks > MAX_PERSON_PAGES) score = OTHER_PAGE_SCORE;
  state.queue.push({ url, key: pageKey(url), depth, kind: scored.kind, score, linkBase: link.linkBase });
}

/** A 404 on a clean URL is retried the ways static hosts spell it before it counts as missing. */
async function fetchWithVariants(url: string, state: CrawlState, maxRequests: number): Promise<FetchResult> {
  state.requests++;
  const first = await state.deps.fetcher.fetch(url);
  if (first.ok || first.reason !== "http_error" || (first.status !== 404 && first.status !== 410)) return first;
  if (state.variants.found === 0 && state.variants.tried >= MAX_FRUITLESS_VARIANTS) return first;
  const variants = cleanUrlVariants(url);
  if (variants.length) state.variants.tried++;
  for (const variant of variants) {
    if (state.requests >= maxRequests) break;
    state.requests++;
    const retry = await state.deps.fetcher.fetch(variant);
    if (retry.ok) {
      state.variants.found++;
      return retry;
    }
  }
  return first;
}
