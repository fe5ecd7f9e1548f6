/** How core reaches a webhook receiver; the engine implements it with the SSRF-guarded client. */
export interface WebhookSender {
  post(url: string, headers: Record<string, string>, body: string): Promise<WebhookSendResult>;
}

export type WebhookSendResult =
  | { kind: "response"; statusCode: number; retryAfter: string | null; excerpt: string; durationMs: number }
  | { kind: "error"; reason: string; blocked: boolean; durationMs: number };
