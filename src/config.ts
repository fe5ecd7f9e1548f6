import { z } from "zod";

// Environment → typed config, read once. Everything optional has a default that works on a laptop.
const ConfigSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  OPENPROSPECT_DATA_DIR: z.string().default("./data"),
  /** 32 bytes (base64 or hex) that encrypt webhook secrets at rest; generated into the data dir when embedded. */
  OPENPROSPECT_SECRET_KEY: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  OPENPROSPECT_BOOTSTRAP_API_KEY: z.string().optional(),
  OPENPROSPECT_BOOTSTRAP_ADMIN_KEY: z.string().optional(),
  /** Rate-limit tier of the organization created at first start: the operator's own, not a customer's free tier. */
  OPENPROSPECT_BOOTSTRAP_TIER: z.enum(["free", "pro", "enterprise"]).default("enterprise"),
  OPENPROSPECT_BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  /** Non-public ranges the crawler (and SMTP probe) may reach. Never applies to customer webhooks. */
  OPENPROSPECT_ALLOW_CIDRS: z.string().default(""),
  /** Ports besides 80 and 443 that public websites may be crawled on, e.g. "8080,8443". */
  OPENPROSPECT_ALLOW_PORTS: z.string().regex(/^\s*(\d{1,5}\s*(,\s*\d{1,5}\s*)*)?$/, "a comma-separated list of port numbers").default(""),
  /** Non-public ranges customer webhooks may reach; empty: public addresses only. */
  OPENPROSPECT_WEBHOOK_ALLOW_CIDRS: z.string().default(""),
  /** Deadline for one whole webhook delivery (connect, send, response excerpt). */
  OPENPROSPECT_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
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
  /** No new page request of a website starts after this long; well below the crawl job's 300 s expiry. */
  OPENPROSPECT_CRAWL_BUDGET_MS: z.coerce.number().int().min(1000).max(150_000).default(120_000),
  /** Worker threads for page analysis (off the event loop that serves the API and runs the jobs). */
  OPENPROSPECT_ANALYSIS_THREADS: z.coerce.number().int().min(1).max(64).default(2),
  /** Hard CPU time limits: one page, and one whole website; an analysis over budget ends as a reason. */
  OPENPROSPECT_ANALYSIS_PAGE_BUDGET_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  OPENPROSPECT_ANALYSIS_SITE_BUDGET_MS: z.coerce.number().int().min(100).max(60_000).default(30_000),
  OPENPROSPECT_PUBLIC_URL: z.string().url().optional(),
  /**
   * A SearXNG-compatible search endpoint (base URL; /search?q=…&format=json is asked) that DISCOVERY
   * orders query for leads. Off when unset. Reached through the crawler's SSRF guard: an instance on a
   * private address must be in OPENPROSPECT_ALLOW_CIDRS.
   */
  OPENPROSPECT_SEARCH_URL: z.string().url().optional(),
  /** Companies (ENRICHMENT inputs + DISCOVERY quantities) one organization's test keys may order per hour. */
  OPENPROSPECT_TEST_MODE_COMPANIES_PER_HOUR: z.coerce.number().int().min(0).default(500),
  /** Default prices, "COMPANY=1,CONTACTS=0.5,…" (items left out keep the built-in default); the admin API overrides them. */
  OPENPROSPECT_PRICE_LIST: z.string().default(""),
  /** Personal data not observed again within this many days is deleted by the retention job (12 months). */
  OPENPROSPECT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
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
