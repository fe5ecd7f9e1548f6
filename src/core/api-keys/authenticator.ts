import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { ApiKeyPrincipal } from "../context.ts";
import { UnauthorizedError } from "../errors.ts";
import { RateWindowCounter, type RateTicket } from "../rate-limits/rate-window-counter.ts";
import { rateLimitFor, type RateLimitState } from "../rate-limits/tiers.ts";
import { isScope } from "../scopes.ts";
import { onKeyChange, type KeyChange } from "./key-changes.ts";
import { KeyRecordCache, type KeyRecord } from "./key-record-cache.ts";
import { hashKey, parseKeyKind } from "./key-format.ts";

export interface ApiKeyAuthenticator {
  authenticate(key: string): Promise<{ principal: ApiKeyPrincipal; rate: RateLimitState }>;
  /** Applies a change announced by another process (LISTEN). */
  applyChange(change: KeyChange | null): void;
  /** False while change notifications cannot be received: every request then reads the database. */
  setCaching(enabled: boolean): void;
  close(): Promise<void>;
}

export interface AuthenticatorOptions {
  cacheTtlMs?: number;
  syncIntervalMs?: number;
  /** last_used_at is written at most this often per key. */
  lastUsedEveryMs?: number;
  /** Windows whose limit is at most this are counted exactly (a round trip per request). */
  exactBelow?: number;
}

const INVALID = "Invalid or missing API key";
const HOUR_MS = 3_600_000;
const BURST_MS = 10_000;
// Small limits cannot carry much traffic anyway, so they are counted exactly; large ones are counted
// in process and decided exactly only once a window is 90 % spent (docs/adr/0050-auth-hot-path.md).
const EXACT_BELOW = 2_000;
const NEAR_LIMIT_SHARE = 0.9;

/**
 * The authenticated hot path without a database round trip: active keys come from an in-process
 * cache (dropped at once on revocation or tier change), requests are counted in process and
 * synchronised in batches, and last_used_at is written in batches. Every failure is the same 401.
 */
export function createApiKeyAuthenticator(db: Db, options: AuthenticatorOptions = {}): ApiKeyAuthenticator {
  const cache = new KeyRecordCache({ ttlMs: options.cacheTtlMs ?? 30_000, maxEntries: 10_000 });
  const counter = new RateWindowCounter();
  const lastUsed = new Map<string, { written: number; used: boolean }>();
  const lastUsedEveryMs = options.lastUsedEveryMs ?? 60_000;
  const applyChange = (change: KeyChange | null) => {
    if (!change) cache.clear();
    else if (change.scope === "key") cache.forgetKey(change.id);
    else cache.forgetOrganization(change.id);
  };
  const unsubscribe = onKeyChange(applyChange);
  const tick = () => Promise.all([counter.flush(db, Date.now()), writeLastUsed(db, lastUsed, lastUsedEveryMs)]);
  const timer = setInterval(() => void tick().catch(() => undefined), options.syncIntervalMs ?? 250);
  timer.unref();

  return {
    async authenticate(key) {
      const kind = parseKeyKind(key);
      if (kind !== "live" && kind !== "test") throw new UnauthorizedError(INVALID);
      const now = Date.now();
      const hash = hashKey(key);
      let record = cache.get(hash, now);
      if (!record) {
        record = await loadActiveKey(db, hash);
        if (!record) throw new UnauthorizedError(INVALID);
        cache.set(hash, record, now);
      }
      if (record.expiresAt !== null && record.expiresAt <= now) throw new UnauthorizedError(INVALID);
      const used = lastUsed.get(record.id);
      if (used) used.used = true;
      else lastUsed.set(record.id, { written: 0, used: true });
      const limits = rateLimitFor(record.tier, record.ratePerHour);
      const hour = counter.hit(`key:${record.id}:hour`, HOUR_MS, now);
      const burst = counter.hit(`key:${record.id}:burst`, BURST_MS, now);
      const exactBelow = options.exactBelow ?? EXACT_BELOW;
      const mustBeExact = (ticket: RateTicket, limit: number) =>
        limit <= exactBelow || counter.isUnsynced(ticket) || counter.estimate(ticket) >= limit * NEAR_LIMIT_SHARE;
      const exact = mustBeExact(hour, limits.perHour) || mustBeExact(burst, limits.burstPer10s);
      const [hourHits, burstHits] = exact
        ? await Promise.all([counter.exactPosition(db, hour), counter.exactPosition(db, burst)])
        : [counter.estimate(hour), counter.estimate(burst)];
      return { principal: principalOf(record, limits), rate: rateState(limits, hourHits, burstHits, now) };
    },
    applyChange,
    setCaching: (enabled) => cache.setEnabled(enabled),
    async close() {
      clearInterval(timer);
      unsubscribe();
      await tick().catch(() => undefined);
    },
  };
}

async function loadActiveKey(db: Db, hash: string): Promise<KeyRecord | null> {
  const { rows } = await sql<{
    id: string;
    organization_id: string;
    test_mode: boolean;
    scopes: string[];
    expires_at: string | Date | null;
    key_tier: KeyRecord["tier"] | null;
    org_tier: KeyRecord["tier"];
    rate_limit_per_hour: number | null;
  }>`
    SELECT k.id, k.organization_id, k.test_mode, k.scopes, k.expires_at, k.rate_limit_tier AS key_tier,
           o.rate_limit_tier AS org_tier, o.rate_limit_per_hour
    FROM api_keys k JOIN organizations o ON o.id = k.organization_id
    WHERE k.key_hash = ${hash} AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())`.execute(db);
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    organizationId: row.organization_id,
    testMode: row.test_mode,
    scopes: row.scopes,
    expiresAt: row.expires_at === null ? null : new Date(row.expires_at).getTime(),
    tier: row.key_tier ?? row.org_tier,
    ratePerHour: row.rate_limit_per_hour,
  };
}

function principalOf(record: KeyRecord, limits: { perHour: number; burstPer10s: number }): ApiKeyPrincipal {
  return {
    kind: "api_key",
    keyId: record.id,
    tenant: { organizationId: record.organizationId, testMode: record.testMode },
    scopes: record.scopes.filter(isScope),
    rateLimit: limits,
  };
}

function rateState(limits: { perHour: number; burstPer10s: number }, hourHits: number, burstHits: number, now: number): RateLimitState {
  const secondsUntil = (windowMs: number) => Math.max(1, Math.ceil((Math.floor(now / windowMs) * windowMs + windowMs - now) / 1000));
  const remaining = Math.max(0, limits.perHour - hourHits);
  if (burstHits > limits.burstPer10s) return { limit: limits.perHour, remaining, resetSeconds: secondsUntil(BURST_MS), exceeded: true };
  return { limit: limits.perHour, remaining, resetSeconds: secondsUntil(HOUR_MS), exceeded: hourHits > limits.perHour };
}

async function writeLastUsed(db: Db, lastUsed: Map<string, { written: number; used: boolean }>, everyMs: number): Promise<void> {
  const now = Date.now();
  const due = [...lastUsed].filter(([, state]) => state.used && now - state.written >= everyMs).map(([id]) => id);
  if (!due.length) return;
  await db.updateTable("api_keys").set({ last_used_at: sql<string>`now()` }).where("id", "in", due).execute();
  for (const id of due) lastUsed.set(id, { written: now, used: false });
}
