/**
 * The outcome of asking a mail server whether it accepts one recipient (RCPT TO).
 * `temporary` is a 4xx reply (greylisting, rate limits); `error` is a timeout or a broken dialogue.
 */
export interface SmtpProbeResult {
  kind: "accepted" | "rejected" | "temporary" | "error";
  code: number | null;
  message: string;
}
