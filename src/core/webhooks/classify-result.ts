import { nextRetryDelaySeconds } from "./retry-schedule.ts";
import type { WebhookSendResult } from "./sender.ts";

export type AttemptOutcome = "delivered" | "retry" | "failed" | "disabled" | "blocked";

export interface AttemptDecision {
  outcome: AttemptOutcome;
  retryInSeconds: number | null;
  error: string | null;
}

/** 2xx delivers; 410 disables the destination; a blocked address never retries; the rest back off. */
export function classifyWebhookResult(result: WebhookSendResult, attempt: number, random = Math.random): AttemptDecision {
  if (result.kind === "error" && result.blocked) return { outcome: "blocked", retryInSeconds: null, error: result.reason };
  if (result.kind === "response" && result.statusCode >= 200 && result.statusCode < 300) {
    return { outcome: "delivered", retryInSeconds: null, error: null };
  }
  if (result.kind === "response" && result.statusCode === 410) {
    return { outcome: "disabled", retryInSeconds: null, error: "receiver answered 410 Gone: destination disabled" };
  }
  const error = result.kind === "error" ? result.reason : `HTTP ${result.statusCode}`;
  const retryAfter = result.kind === "response" ? result.retryAfter : null;
  const delay = nextRetryDelaySeconds(attempt, retryAfter, random);
  return delay === null ? { outcome: "failed", retryInSeconds: null, error } : { outcome: "retry", retryInSeconds: delay, error };
}
