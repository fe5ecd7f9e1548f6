import type { CompiledTechnology } from "./fingerprint-types.ts";
import { matchKeyedPatterns, matchTextPatterns } from "./match-keyed-patterns.ts";
import type { PatternHit } from "./pattern-hit.ts";

/** Site-level facts found outside the HTML: DNS records, the TLS certificate issuer, robots.txt. */
export interface SiteExtras {
  dns?: { mx: string[]; txt: string[]; ns: string[]; soa?: string[]; cname?: string[] };
  certIssuer?: string;
  robots?: string;
}

export interface SiteExtrasInput {
  dns: Record<string, string[]>;
  certIssuer: string;
  robots: string;
  origin: string;
}

export function prepareSiteExtras(extras: SiteExtras | undefined, firstPageUrl: string): SiteExtrasInput {
  const dns = extras?.dns;
  const origin = safeOrigin(firstPageUrl);
  return {
    dns: dns ? { MX: dns.mx, TXT: dns.txt, NS: dns.ns, SOA: dns.soa ?? [], CNAME: dns.cname ?? [] } : {},
    certIssuer: extras?.certIssuer ?? "",
    robots: (extras?.robots ?? "").slice(0, 100_000),
    origin,
  };
}

export function matchSiteExtras(technology: CompiledTechnology, input: SiteExtrasInput): PatternHit[] {
  const host = input.origin.replace(/^https?:\/\//, "");
  return [
    ...matchKeyedPatterns(technology.name, technology.dns, input.dns, "dns", `dns:${host}`),
    ...matchTextPatterns(technology.name, technology.certIssuer, input.certIssuer, "certIssuer", `${input.origin}/`),
    ...matchTextPatterns(technology.name, technology.robots, input.robots, "robots", `${input.origin}/robots.txt`),
  ];
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "";
  }
}
