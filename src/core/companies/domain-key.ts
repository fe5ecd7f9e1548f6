import { createHash } from "node:crypto";
import { getDomain } from "tldts";

/** The registrable domain of a URL or host ("https://shop.example.co.uk/x" → "example.co.uk"), or null. */
export function registrableDomain(urlOrHost: string | null | undefined): string | null {
  if (!urlOrHost) return null;
  const trimmed = urlOrHost.trim().toLowerCase();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`;
  return getDomain(withScheme) ?? null;
}

/** What suppression keeps of an erased domain: enough to refuse it again, nothing to read back. */
export function domainHash(domain: string): string {
  return createHash("sha256").update(domain.toLowerCase()).digest("hex");
}
