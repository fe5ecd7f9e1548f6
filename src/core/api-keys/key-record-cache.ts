/** What authentication needs to know about an active key, as read from the database. */
export interface KeyRecord {
  id: string;
  organizationId: string;
  testMode: boolean;
  scopes: string[];
  /** Epoch milliseconds, or null for a key that never expires. */
  expiresAt: number | null;
  tier: "free" | "pro" | "enterprise";
  ratePerHour: number | null;
}

interface Entry {
  record: KeyRecord;
  loadedAt: number;
}

/**
 * Active keys by hash, so the authenticated hot path needs no database round trip. Entries live at
 * most `ttlMs` (a safety net); revocations and tier changes arrive as key changes and drop entries at
 * once. Only active keys are cached: an unknown or revoked key is looked up every time.
 */
export class KeyRecordCache {
  private readonly entries = new Map<string, Entry>();
  private enabled = true;

  constructor(private readonly options: { ttlMs: number; maxEntries: number }) {}

  get(hash: string, now: number): KeyRecord | null {
    if (!this.enabled) return null;
    const entry = this.entries.get(hash);
    if (!entry) return null;
    if (now - entry.loadedAt > this.options.ttlMs) {
      this.entries.delete(hash);
      return null;
    }
    return entry.record;
  }

  set(hash: string, record: KeyRecord, now: number): void {
    if (!this.enabled) return;
    if (this.entries.size >= this.options.maxEntries) {
      // Maps iterate in insertion order: the first entry is the oldest.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(hash, { record, loadedAt: now });
  }

  forgetKey(id: string): void {
    for (const [hash, entry] of this.entries) if (entry.record.id === id) this.entries.delete(hash);
  }

  forgetOrganization(organizationId: string): void {
    for (const [hash, entry] of this.entries) if (entry.record.organizationId === organizationId) this.entries.delete(hash);
  }

  /** While change notifications cannot be received, every request reads the database. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (!enabled) this.entries.clear();
  }

  clear(): void {
    this.entries.clear();
  }
}
