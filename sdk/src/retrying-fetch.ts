// Retries for answers that say "not now" rather than "no": 429 (rate limit, test-mode quota) and 503
// (overloaded or not ready). Both are answered before the request is carried out, and every POST the
// SDK sends carries an Idempotency-Key, so sending the same request again cannot do the work twice.

export interface RetryOptions {
  /** Attempts after the first (default 3; 0 turns retries off). */
  maxRetries?: number;
  /** The longest wait the SDK accepts; a Retry-After beyond it is handed back to the caller (default 60 s). */
  maxDelayMs?: number;
  /** First back-off step when the server names no Retry-After (default 500 ms, doubling). */
  baseDelayMs?: number;
}

export type FetchFunction = (request: Request) => Promise<Response>;

const RETRY_STATUSES = new Set([429, 503]);

export function retryingFetch(baseFetch: FetchFunction, options: RetryOptions = {}): FetchFunction {
  const maxRetries = options.maxRetries ?? 3;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const baseDelayMs = options.baseDelayMs ?? 500;
  return async (request) => {
    for (let attempt = 0; ; attempt++) {
      // A body can be read once: every attempt sends a copy and the original stays unread.
      const response = await baseFetch(request.clone());
      if (!RETRY_STATUSES.has(response.status) || attempt >= maxRetries) return response;
      const delay = retryDelayMs(response.headers.get("retry-after"), attempt, baseDelayMs);
      if (delay > maxDelayMs) return response;
      await response.body?.cancel();
      await sleep(delay, request.signal);
    }
  };
}

/** Retry-After in seconds or as an HTTP date; without it, exponential back-off with jitter. */
export function retryDelayMs(retryAfter: string | null, attempt: number, baseDelayMs: number, now = Date.now()): number {
  if (retryAfter !== null && retryAfter.trim() !== "") {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const step = baseDelayMs * 2 ** attempt;
  return step / 2 + Math.random() * (step / 2);
}

export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener("abort", aborted);
      resolve();
    }
    function aborted() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener("abort", aborted, { once: true });
  });
}
