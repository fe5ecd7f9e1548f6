import { request, type Dispatcher } from "undici";
import { classifyError, isStaleConnection } from "./classify-error.ts";
import type { PinnedTarget } from "./pin-to-checked-address.ts";
import type { FetchFailureReason } from "./types.ts";

export interface ExchangeSettings {
  dispatcher: Dispatcher;
  userAgent: string;
  headersTimeoutMs: number;
  /** Deadline for the whole exchange, headers and body; a server trickling bytes forever ends here. */
  totalTimeoutMs: number;
  maxBytes: number;
  /** Proxy mode: rewrite the target to its checked address (see pin-to-checked-address.ts). */
  pinTarget?: (url: string) => Promise<PinnedTarget>;
}

export interface RawResponse {
  ok: true;
  status: number;
  headers: Record<string, string>;
  /** Null when the caller declined the body (redirects, errors, wrong content type). */
  body: Buffer | null;
}

export interface ExchangeFailure {
  ok: false;
  reason: FetchFailureReason;
  detail: string;
  status?: number;
  /** The connection was reset before any response: worth one retry. */
  stale?: boolean;
}

/**
 * One GET without following redirects; `wantBody` decides from status and headers whether to read on.
 * The deadline is enforced by a race as well as by aborting, because some undici paths (a proxy that
 * never answers CONNECT) do not settle on abort.
 */
export async function exchangeOnce(
  url: string,
  settings: ExchangeSettings,
  wantBody: (status: number, headers: Record<string, string>) => boolean,
): Promise<RawResponse | ExchangeFailure> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<ExchangeFailure>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new Error("deadline"));
      resolve({ ok: false, reason: "timeout", detail: `no complete response within ${settings.totalTimeoutMs} ms` });
    }, settings.totalTimeoutMs);
  });
  try {
    return await Promise.race([exchangeWithRetry(url, settings, wantBody, controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function exchangeWithRetry(
  url: string,
  settings: ExchangeSettings,
  wantBody: (status: number, headers: Record<string, string>) => boolean,
  signal: AbortSignal,
): Promise<RawResponse | ExchangeFailure> {
  const first = await exchange(url, settings, wantBody, signal);
  return !first.ok && first.stale && !signal.aborted ? exchange(url, settings, wantBody, signal) : first;
}

async function exchange(
  url: string,
  settings: ExchangeSettings,
  wantBody: (status: number, headers: Record<string, string>) => boolean,
  signal: AbortSignal,
): Promise<RawResponse | ExchangeFailure> {
  try {
    const pinned = settings.pinTarget ? await settings.pinTarget(url) : null;
    const response = await request(pinned?.url ?? url, {
      dispatcher: settings.dispatcher,
      method: "GET",
      signal,
      headersTimeout: settings.headersTimeoutMs,
      bodyTimeout: settings.totalTimeoutMs,
      headers: {
        ...(pinned ? { host: pinned.host } : {}),
        "user-agent": settings.userAgent,
        accept: "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
        "accept-encoding": "gzip, deflate, br",
        "accept-language": "de,en;q=0.8,fr;q=0.6,nl;q=0.6,es;q=0.5,it;q=0.5",
      },
    });
    const headers = flattenHeaders(response.headers);
    if (!wantBody(response.statusCode, headers)) {
      discard(response.body);
      return { ok: true, status: response.statusCode, headers, body: null };
    }
    const body = await readCapped(response.body, headers, settings.maxBytes);
    if (!body) return { ok: false, reason: "too_large", detail: `body over ${settings.maxBytes} bytes`, status: response.statusCode };
    return { ok: true, status: response.statusCode, headers, body };
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: "timeout", detail: `no complete response within ${settings.totalTimeoutMs} ms` };
    return { ok: false, ...classifyError(error), stale: isStaleConnection(error) };
  }
}

async function readCapped(body: Dispatcher.ResponseData["body"], headers: Record<string, string>, maxBytes: number): Promise<Buffer | null> {
  const declared = Number(headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(body);
    return null;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      discard(body);
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

/** Stop reading a body we do not want; undici reports the abort as an error event, which we expect. */
function discard(body: Dispatcher.ResponseData["body"]): void {
  body.on("error", () => undefined);
  body.destroy();
}
