// About three days of retries: quick at first for blips, then spaced out for real outages.
const DELAYS_SECONDS = [30, 120, 600, 1800, 3600, 7200, 14_400, 28_800, 43_200, 86_400, 86_400];

export const MAX_ATTEMPTS = DELAYS_SECONDS.length + 1;
/** A destination that fails this many deliveries in a row is paused until someone resumes it. */
export const PAUSE_AFTER_CONSECUTIVE_FAILURES = 25;

/**
 * Seconds to wait before attempt `attempt + 1`, or null when the event has had its last attempt.
 * Jitter (±20 %) spreads a receiver's backlog; a Retry-After asking for longer is honoured.
 */
export function nextRetryDelaySeconds(attempt: number, retryAfterHeader: string | null, random = Math.random): number | null {
  if (attempt >= MAX_ATTEMPTS) return null;
  const base = DELAYS_SECONDS[attempt - 1];
  const jittered = Math.round(base * (0.8 + 0.4 * random()));
  const asked = parseRetryAfter(retryAfterHeader);
  return asked !== null ? Math.max(jittered, Math.min(asked, 86_400)) : jittered;
}

export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}
