import type { FetchFailureReason } from "./types.ts";

const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "ENODATA", "ESERVFAIL", "EAI_NONAME"]);
const TIMEOUT_CODES = new Set([
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "ETIMEDOUT",
  "ABORT_ERR",
]);

// The server dropped a kept-alive connection just as it was reused: one fresh attempt is safe for GET.
const STALE_CONNECTION_CODES = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);

export function isStaleConnection(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code !== undefined && STALE_CONNECTION_CODES.has(code);
}

/** Map a thrown network error (undici, net, dns, our guard) to the failure vocabulary. */
export function classifyError(error: unknown): { reason: FetchFailureReason; detail: string } {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, name } = current as { code?: string; name?: string };
    if (code === "EBLOCKED_ADDRESS") return { reason: "blocked_address", detail: messageOf(current) };
    if (code && DNS_CODES.has(code)) return { reason: "dns_error", detail: messageOf(current) };
    if ((code && TIMEOUT_CODES.has(code)) || name === "TimeoutError") return { reason: "timeout", detail: messageOf(current) };
    current = (current as { cause?: unknown }).cause;
  }
  return { reason: "network_error", detail: messageOf(error) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
