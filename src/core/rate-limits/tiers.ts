export type RateLimitTier = "free" | "pro" | "enterprise";

// Hourly limits from the docs (free 100, pro 1,000, enterprise configurable) plus a short burst
// window so one client cannot spend its hour in a second.
const HOURLY: Record<RateLimitTier, number> = { free: 100, pro: 1_000, enterprise: 10_000 };

export function rateLimitFor(tier: RateLimitTier, configuredPerHour: number | null): { perHour: number; burstPer10s: number } {
  const perHour = tier === "enterprise" && configuredPerHour ? configuredPerHour : HOURLY[tier];
  return { perHour, burstPer10s: Math.max(10, Math.ceil(perHour / 20)) };
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window that limited (or the hourly window) resets. */
  resetSeconds: number;
  exceeded: boolean;
}
