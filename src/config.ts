import { z } from "zod";

// Environment → typed config, read once. Everything optional has a default that works on a laptop.
const ConfigSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  OPENPROSPECT_DATA_DIR: z.string().default("./data"),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  OPENPROSPECT_BOOTSTRAP_API_KEY: z.string().optional(),
  OPENPROSPECT_BOOTSTRAP_ADMIN_KEY: z.string().optional(),
  /** Rate-limit tier of the organization created at first start: the operator's own, not a customer's free tier. */
  OPENPROSPECT_BOOTSTRAP_TIER: z.enum(["free", "pro", "enterprise"]).default("enterprise"),
  OPENPROSPECT_BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  OPENPROSPECT_ALLOW_CIDRS: z.string().default(""),
  OPENPROSPECT_OUTBOUND_PROXY: z.string().url().optional(),
  OPENPROSPECT_DNS_SERVERS: z.string().default(""),
  /** "host=address,*.suffix=address": fixed answers for the crawler's name resolution (like curl --resolve). */
  OPENPROSPECT_STATIC_HOSTS: z.string().default(""),
  /** Minimum gap between two requests to one host, shared by all workers. */
  OPENPROSPECT_CRAWL_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /** MX/TXT/NS look-ups for technology detection (turn off where the machine has no DNS). */
  OPENPROSPECT_DNS_LOOKUPS: z.enum(["on", "off"]).default("on"),
  /** SMTP RCPT probe with catch-all detection for email_status (off: MX look-up only). */
  OPENPROSPECT_SMTP_PROBE: z.enum(["on", "off"]).default("off"),
  OPENPROSPECT_SMTP_HELO: z.string().default("localhost"),
  OPENPROSPECT_SMTP_MAIL_FROM: z.string().default("postmaster@localhost"),
  OPENPROSPECT_CRAWL_MAX_PAGES: z.coerce.number().int().min(1).max(200).default(25),
  OPENPROSPECT_PUBLIC_URL: z.string().url().optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function splitList(value: string): string[] {
  return value.split(",").map((item) => item.trim()).filter(Boolean);
}
