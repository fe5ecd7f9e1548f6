import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { createApiKeyAuthenticator } from "../../src/core/api-keys/authenticator.ts";
import { KEY_CHANGES_CHANNEL } from "../../src/core/api-keys/key-changes.ts";
import { listenForKeyChanges } from "../../src/runtime/key-change-listener.ts";
import { createTenant } from "../support/fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";

// Runs on the PostgreSQL project only (vitest.config.ts): the embedded database has one process, which
// learns of every change in process; LISTEN/NOTIFY is how separate API processes learn of them.
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ poolMax: 2 });
});
afterAll(async () => database.close());

describe("key changes from another process", () => {
  it("a revocation made by another process reaches this process's cache within a second", async () => {
    const tenant = await createTenant(database.db);
    const auth = createApiKeyAuthenticator(database.db, { cacheTtlMs: 600_000 });
    const listener = listenForKeyChanges(database.url, auth);
    try {
      await vi.waitFor(async () => expect((await auth.authenticate(tenant.key)).principal.keyId).toBe(tenant.keyId));
      await new Promise((resolve) => setTimeout(resolve, 300)); // the LISTEN connection is up
      // "Another process": its own connection, no in-process announcement.
      const other = new pg.Client({ connectionString: database.url });
      await other.connect();
      await other.query("UPDATE api_keys SET revoked_at = now() WHERE id = $1", [tenant.keyId]);
      await other.query("SELECT pg_notify($1, $2)", [KEY_CHANGES_CHANNEL, JSON.stringify({ scope: "key", id: tenant.keyId })]);
      await other.end();
      const revokedAt = Date.now();
      await vi.waitFor(async () => expect(auth.authenticate(tenant.key)).rejects.toMatchObject({ status: 401 }), { timeout: 1_000, interval: 20 });
      expect(Date.now() - revokedAt).toBeLessThan(1_000);
    } finally {
      await listener.stop();
      await auth.close();
    }
  });
});
