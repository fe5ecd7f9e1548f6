import { createHmac, timingSafeEqual } from "node:crypto";

// Webhooks are signed as Standard Webhooks (as src/core/webhooks/sign.ts makes them): HMAC-SHA256 over
// "<webhook-id>.<webhook-timestamp>.<raw body>" keyed with the base64 bytes after "whsec_", sent as
// `webhook-signature: v1,<base64>` (several space-separated during a secret rotation).

export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookVerificationError";
  }
}

export interface VerifyWebhookInput {
  /** The destination's signing secret (`whsec_…`), as returned when the destination was created. */
  secret: string;
  /** The request headers (a Headers object or a plain record as node:http gives them). */
  headers: Headers | Record<string, string | string[] | undefined>;
  /** The raw request body exactly as received: parse it only after it verified. */
  body: string | Uint8Array;
  /** How far the timestamp may be from now (default 5 minutes): older deliveries are replays. */
  toleranceSeconds?: number;
  now?: Date;
}

/** Checks the signature and timestamp and returns the parsed event; throws WebhookVerificationError otherwise. */
export function verifyWebhook<T = unknown>(input: VerifyWebhookInput): T {
  const id = header(input.headers, "webhook-id");
  const timestamp = header(input.headers, "webhook-timestamp");
  const signatures = header(input.headers, "webhook-signature");
  if (!id || !timestamp || !signatures) throw new WebhookVerificationError("Missing webhook-id, webhook-timestamp or webhook-signature header");
  const seconds = Number(timestamp);
  if (!/^\d+$/.test(timestamp) || !Number.isSafeInteger(seconds)) throw new WebhookVerificationError("Malformed webhook-timestamp");
  const now = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - seconds) > (input.toleranceSeconds ?? 300)) throw new WebhookVerificationError("Timestamp outside the tolerance (replayed or clock skew)");

  const body = typeof input.body === "string" ? input.body : Buffer.from(input.body).toString("utf8");
  const key = Buffer.from(input.secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${seconds}.${body}`).digest();
  const matches = signatures.split(" ").some((entry) => {
    const [version, signature] = entry.split(",", 2);
    if (version !== "v1" || !signature) return false;
    const given = Buffer.from(signature, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new WebhookVerificationError("No signature matches");
  return JSON.parse(body) as T;
}

function header(headers: VerifyWebhookInput["headers"], name: string): string | null {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name);
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value.join(" ") : (value ?? null);
}
