// Recognises a company's own social profile URL; share buttons, platform home pages and
// personal profiles are rejected.

const PLATFORMS: Array<[RegExp, RegExp]> = [
  [/(^|\.)linkedin\.com$/, /^\/(company|school|showcase)\/[^/]+/i],
  [/(^|\.)xing\.com$/, /^\/(companies|pages)\/[^/]+/i],
  [/(^|\.)facebook\.com$|^fb\.com$/, /^\/(?!sharer|share|dialog|plugins|tr\b|login|home\.php|policies|privacy|help|events\/?$|groups\/?$)[^/?#]+/i],
  [/(^|\.)instagram\.com$/, /^\/(?!p\/|reel\/|explore|accounts|stories)[^/?#]+/i],
  [/(^|\.)(twitter|x)\.com$/, /^\/(?!intent|share|home|search|hashtag|i\/)[^/?#]+/i],
  [/(^|\.)youtube\.com$/, /^\/(channel\/|c\/|user\/|@)[^/?#]+/i],
  [/(^|\.)tiktok\.com$/, /^\/@[^/?#]+/i],
];

// Most links of a page are not social: an href of plain printable ASCII (nothing the URL parser would
// decode, map or strip) without any platform's name cannot have a platform host, so it is not parsed.
const PLAIN_HREF = /^[\x20-\x7e]*$/;
const PLATFORM_NAME = /linkedin|xing|facebook|fb\.com|instagram|twitter|x\.com|youtube|tiktok/i;

/** The profile URL when `href` is a social profile, else null. */
export function socialProfile(href: string): string | null {
  if (PLAIN_HREF.test(href) && !href.includes("%") && !PLATFORM_NAME.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href.trim().replace(/^\/\//, "https://"));
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  const host = url.hostname.toLowerCase();
  const platform = PLATFORMS.find(([hostPattern]) => hostPattern.test(host));
  if (!platform || !platform[1].test(url.pathname)) return facebookProfileId(url, host);
  if (/share|sharer|intent\/tweet|shareArticle|\.php$/i.test(url.pathname)) return null;
  return canonicalProfile(url, host);
}

// Tracking and locale queries (?locale=, ?msclkid=, ?igsh=) and instagram sub-pages are not part of the profile.
function canonicalProfile(url: URL, host: string): string {
  const path = /instagram\.com$/.test(host) ? url.pathname.split("/").slice(0, 2).join("/") + "/" : url.pathname;
  return `${url.protocol}//${url.host}${path}`;
}

/** Which network a profile URL belongs to ("facebook", "instagram" …). */
export function platformOf(href: string): string {
  const host = href.toLowerCase().replace(/^https?:\/\//, "").split("/")[0];
  const name = host.split(".").slice(-2, -1)[0] ?? host;
  return name === "x" ? "twitter" : name === "fb" ? "facebook" : name;
}

// facebook.com/profile.php?id=123 is a real profile even though its path is generic.
function facebookProfileId(url: URL, host: string): string | null {
  if (/(^|\.)facebook\.com$/.test(host) && url.pathname === "/profile.php" && url.searchParams.get("id")) return url.toString();
  return null;
}

export function isPersonalProfile(href: string): boolean {
  return /linkedin\.com\/in\/|xing\.com\/profile\//i.test(href);
}
