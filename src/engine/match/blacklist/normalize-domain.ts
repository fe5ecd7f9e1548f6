import { parse } from "tldts";

/**
 * The registrable domain of a website address: scheme, `www.`, other subdomains, port, path and
 * case removed, international names in punycode. `null` when the text names no public host.
 */
export function normalizeDomain(url: string | null | undefined): string | null {
  const hostname = hostnameOf(url);
  if (!hostname) return null;
  const parsed = parse(hostname);
  if (parsed.isIp) return parsed.hostname;
  if (!parsed.domain || !parsed.isIcann) return null;
  return parsed.domain;
}

function hostnameOf(url: string | null | undefined): string | null {
  const text = url?.trim();
  if (!text || /\s/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text.replace(/^\/\//, "")}`;
  try {
    const parsed = new URL(withScheme);
    // "mailto:a@b.de" parses as user "mailto", host "b.de": an e-mail address is not a website.
    if ((parsed.protocol !== "http:" && parsed.protocol !== "https:") || parsed.username || parsed.password) return null;
    return parsed.hostname.replace(/\.$/, "").replace(/^\[|\]$/g, "");
  } catch {
    return null;
  }
}
