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

/** The profile URL when `href` is a social profile, else null. */
export function socialProfile(href: string): string | null {
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
  if (/share|sharer|intent\/tweet|shareArticle/i.test(url.pathname + url.search)) return null;
  return url.toString();
}

// facebook.com/profile.php?id=123 is a real profile even though its path is generic.
function facebookProfileId(url: URL, host: string): string | null {
  if (/(^|\.)facebook\.com$/.test(host) && url.pathname === "/profile.php" && url.searchParams.get("id")) return url.toString();
  return null;
}

export function isPersonalProfile(href: string): boolean {
  return /linkedin\.com\/in\/|xing\.com\/profile\//i.test(href);
}
