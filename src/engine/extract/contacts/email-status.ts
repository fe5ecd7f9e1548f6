import { randomBytes } from "node:crypto";
import type { EmailStatus } from "../../types.ts";
import type { SmtpProbeResult } from "./smtp-probe-result.ts";

export interface MxRecord {
  exchange: string;
  priority: number;
}

/** DNS and SMTP behind ports, so the decision logic is testable without the network. */
export interface EmailStatusPorts {
  resolveMx(domain: string): Promise<MxRecord[]>;
  /** Without MX, mail goes to the domain's A record (RFC 5321 §5.1); absent port = no fallback. */
  resolveA?: (domain: string) => Promise<string[]>;
  smtpProbe?: (mx: string, email: string) => Promise<SmtpProbeResult>;
}

export interface EmailStatusOptions {
  /** Off by default: probing talks to third-party mail servers. */
  smtpProbe: boolean;
}

const ADDRESS = /^[^@\s]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;

/**
 * valid only when a mail server accepted the recipient and rejected a random one; accept_all when it
 * accepts anything; invalid on a malformed address, a domain without mail hosts or a 5xx refusal.
 */
export async function checkEmailStatus(email: string, ports: EmailStatusPorts, options: EmailStatusOptions): Promise<EmailStatus> {
  const domain = ADDRESS.exec(email.trim())?.[1]?.toLowerCase();
  if (!domain) return "invalid";
  const hosts = await mailHosts(domain, ports);
  if (hosts === null) return "unknown";
  if (!hosts.length) return "invalid";
  if (!options.smtpProbe || !ports.smtpProbe) return "unknown";
  return probeHosts(hosts, email.trim(), domain, ports.smtpProbe);
}

/** Mail hosts by preference; [] when the domain has none, null when DNS could not answer. */
async function mailHosts(domain: string, ports: EmailStatusPorts): Promise<string[] | null> {
  try {
    const mx = (await ports.resolveMx(domain)).filter((r) => r.exchange && r.exchange !== ".");
    if (mx.length) return [...mx].sort((a, b) => a.priority - b.priority).map((r) => r.exchange);
  } catch (error) {
    if (!isNoData(error)) return null;
  }
  if (!ports.resolveA) return [];
  try {
    return (await ports.resolveA(domain)).length ? [domain] : [];
  } catch (error) {
    return isNoData(error) ? [] : null;
  }
}

function isNoData(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === "ENOTFOUND" || code === "ENODATA" || code === "NXDOMAIN";
}

async function probeHosts(hosts: string[], email: string, domain: string, probe: NonNullable<EmailStatusPorts["smtpProbe"]>): Promise<EmailStatus> {
  for (const host of hosts.slice(0, 2)) {
    const real = await probe(host, email);
    if (real.kind === "error") continue;
    if (real.kind === "temporary") return "unknown";
    if (real.kind === "rejected") return "invalid";
    const random = await probe(host, `${randomBytes(8).toString("hex")}-probe@${domain}`);
    if (random.kind === "accepted") return "accept_all";
    return random.kind === "rejected" ? "valid" : "unknown";
  }
  return "unknown";
}
