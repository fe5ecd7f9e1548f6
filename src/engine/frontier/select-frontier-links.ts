import { getDomain, getPublicSuffix } from "tldts";
import type { OutboundLink } from "../crawl/crawl-types.ts";

/** A company website another company's site links to, with the page that links it. */
export interface FrontierLead {
  /** Host of the linked site without "www." ("partner-gmbh.de"), as companies store it. */
  domain: string;
  /** The linked site's home page, where a crawl starts. */
  website: string;
  /** The page that links to it: the lead's provenance. */
  linkedFrom: string;
  linkText: string;
  /** Links on pages about partners, customers, memberships or references rank first. */
  relation: "peer" | "other";
}

// Sites that are platforms, not companies one could sell to: social networks, search, maps, app
// stores, code hosting, encyclopaedias, link shorteners, site builders and the like. General, not
// tuned to any site: these are the hosts almost every small-business site links to.
const PLATFORM_DOMAINS = new Set([
  "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "linkedin.com", "xing.com", "youtube.com", "youtu.be",
  "tiktok.com", "pinterest.com", "snapchat.com", "whatsapp.com", "wa.me", "telegram.org", "t.me", "threads.net", "vimeo.com",
  "flickr.com", "tumblr.com", "reddit.com", "medium.com", "discord.gg", "discord.com", "twitch.tv", "spotify.com", "soundcloud.com",
  "google.com", "goo.gl", "g.page", "bing.com", "yahoo.com", "duckduckgo.com", "apple.com", "microsoft.com", "live.com",
  "openstreetmap.org", "here.com", "mapquest.com", "wikipedia.org", "wikimedia.org", "github.com", "gitlab.com", "bitbucket.org",
  "amazon.com", "ebay.com", "paypal.com", "stripe.com", "bit.ly", "tinyurl.com", "ow.ly", "linktr.ee",
  "wordpress.org", "wordpress.com", "wix.com", "squarespace.com", "jimdo.com", "jimdosite.com", "weebly.com", "shopify.com",
  "godaddy.com", "ionos.de", "ionos.com", "strato.de", "w3.org", "schema.org", "creativecommons.org", "mozilla.org", "adobe.com",
  "cloudflare.com", "gstatic.com", "googleapis.com", "googletagmanager.com", "doubleclick.net", "jquery.com", "jsdelivr.net",
  "unpkg.com", "fontawesome.com", "cookiebot.com", "usercentrics.eu", "onetrust.com", "trustpilot.com", "yelp.com",
  "tripadvisor.com", "booking.com", "airbnb.com", "calendly.com", "doctolib.de", "doctolib.fr", "jameda.de", "provenexpert.com",
]);
// Public bodies are not prospects.
const PUBLIC_SUFFIXES = /(^|\.)(gov|gouv|gob|govt|mil|int|edu|ac|bund)(\.[a-z]{2})?$/;
// A page or a link about the site's partners, customers, memberships or references (several languages).
const PEER_WORDS = /partner|kunden|referenz|mitglied|verband|netzwerk|kooperation|customer|client|member|reference|sponsor|supplier|lieferant|portfolio|clients|adherent|membre|relations|klanten|leden|socios|clienti|soci/i;
const FILE_EXTENSIONS = /\.(pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|gif|svg|webp|mp[34]|ics|vcf)$/i;
/** Enough to follow one site's partners page; more would be a directory, better read as an import. */
const MAX_LEADS_PER_SITE = 40;

/**
 * The other companies a crawled site links to: one lead per registrable domain that is neither the
 * site itself nor a platform or public body, the home page as the website to crawl, and the first
 * page that linked it (peer pages — partners, customers, memberships — first) as provenance.
 */
export function selectFrontierLinks(outbound: OutboundLink[], siteUrl: string): FrontierLead[] {
  const own = getDomain(siteUrl);
  const byDomain = new Map<string, FrontierLead>();
  for (const link of outbound) {
    const lead = toLead(link, own);
    if (!lead) continue;
    // One lead per registrable domain: www.x.de, shop.x.de and x.de are one company.
    const key = getDomain(lead.domain) ?? lead.domain;
    const known = byDomain.get(key);
    if (!known || (known.relation === "other" && lead.relation === "peer")) byDomain.set(key, lead);
  }
  const leads = [...byDomain.values()];
  return [...leads.filter((l) => l.relation === "peer"), ...leads.filter((l) => l.relation === "other")].slice(0, MAX_LEADS_PER_SITE);
}

function toLead(link: OutboundLink, own: string | null): FrontierLead | null {
  let url: URL;
  try {
    url = new URL(link.url);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || FILE_EXTENSIONS.test(url.pathname)) return null;
  const host = url.hostname.toLowerCase();
  const domain = getDomain(host);
  // IP literals and hosts without a registrable domain (localhost, intranet names) are never leads.
  if (!domain || domain === own || !getPublicSuffix(host) || /^[\d.]+$|:/.test(host)) return null;
  if (PLATFORM_DOMAINS.has(domain) || PUBLIC_SUFFIXES.test(host) || /^google\./.test(domain)) return null;
  const relation = PEER_WORDS.test(`${pathOf(link.pageUrl)} ${link.text}`) ? "peer" : "other";
  return { domain: host.replace(/^www\./, ""), website: `${url.protocol}//${host}/`, linkedFrom: link.pageUrl, linkText: link.text.slice(0, 200), relation };
}

// The linking page's path only: a host name with "partner" in it says nothing about the page.
function pathOf(pageUrl: string): string {
  try {
    return new URL(pageUrl).pathname;
  } catch {
    return "";
  }
}
