import { Agent, request } from "undici";
import { createAddressPolicy } from "../fetch/address-policy.ts";
import { BlockedAddressError, createGuardedResolver, resolveWithSystemDns, toConnectLookup } from "../fetch/guarded-resolver.ts";
import type { ResolveAllAddresses } from "../fetch/types.ts";

export type WebhookPostResult =
  | { kind: "response"; statusCode: number; retryAfter: string | null; excerpt: string; durationMs: number }
  | { kind: "error"; reason: string; blocked: boolean; durationMs: number };

export interface WebhookPosterOptions {
  /** Non-public ranges webhooks may reach: the webhook allow-list, never the crawler's. */
  allowCidrs?: string[];
  resolveAll?: ResolveAllAddresses;
  /** Idle limit for connecting, headers and between body chunks. */
  timeoutMs?: number;
  /** Deadline for the whole delivery, however the receiver paces its bytes. */
  totalTimeoutMs?: number;
}

const EXCERPT_BYTES = 1024;

/**
 * POSTs webhook bodies through the same SSRF guard as the crawler (every resolved address checked,
 * sockets pinned to them). Redirects are never followed: a receiver that moved must be re-registered.
 */
export function createWebhookPoster(options: WebhookPosterOptions = {}) {
  const resolve = createGuardedResolver(createAddressPolicy(options.allowCidrs ?? []), options.resolveAll ?? resolveWithSystemDns);
  const timeout = options.timeoutMs ?? 10_000;
  const totalTimeout = options.totalTimeoutMs ?? 30_000;
  const agent = new Agent({ connect: { lookup: toConnectLookup(resolve), timeout } });
  return {
    async post(url: string, headers: Record<string, string>, body: string): Promise<WebhookPostResult> {
      const started = performance.now();
      const elapsed = () => performance.now() - started;
      // Idle timeouts alone let a receiver that sends one byte every few seconds hold a worker for hours.
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), totalTimeout);
      try {
        const target = new URL(url);
        if (target.protocol !== "http:" && target.protocol !== "https:") return { kind: "error", reason: "unsupported scheme", blocked: true, durationMs: elapsed() };
        await resolve(target.hostname); // literal IPs skip connect.lookup, so check them here too
        const response = await request(target, {
          method: "POST", headers, body, dispatcher: agent, headersTimeout: timeout, bodyTimeout: timeout, signal: deadline.signal,
        });
        const excerpt = await readExcerpt(response.body);
        const retryAfter = response.headers["retry-after"];
        return { kind: "response", statusCode: response.statusCode, retryAfter: typeof retryAfter === "string" ? retryAfter : null, excerpt, durationMs: elapsed() };
      } catch (error) {
        if (deadline.signal.aborted) return { kind: "error", reason: `timeout: no complete response within ${totalTimeout} ms`, blocked: false, durationMs: elapsed() };
        const blocked = error instanceof BlockedAddressError || (error as { cause?: unknown }).cause instanceof BlockedAddressError;
        return { kind: "error", reason: blocked ? "blocked_address" : describe(error), blocked, durationMs: elapsed() };
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => agent.close(),
  };
}

async function readExcerpt(body: AsyncIterable<Buffer> & { destroy(): void }): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= EXCERPT_BYTES) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString("utf8");
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return [e.code, e.message].filter(Boolean).join(": ").slice(0, 300) || "request failed";
}
