import pg from "pg";
import { KEY_CHANGES_CHANNEL, parseKeyChange } from "../core/api-keys/key-changes.ts";
import type { ApiKeyAuthenticator } from "../core/api-keys/authenticator.ts";

const RECONNECT_MS = 1_000;

/**
 * Keeps one LISTEN connection per API process so a key revoked or an organization changed by any
 * process (another API, the CLI) drops this process's cached entry at once. While the connection is
 * down the cache is switched off, so a missed notification can never keep a revoked key alive.
 */
export function listenForKeyChanges(databaseUrl: string, authenticator: ApiKeyAuthenticator): { stop(): Promise<void> } {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async () => {
    authenticator.setCaching(false);
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on("error", () => undefined);
    next.on("end", () => {
      if (stopped) return;
      authenticator.setCaching(false);
      retry = setTimeout(() => void connect(), RECONNECT_MS);
    });
    next.on("notification", (message) => {
      if (message.channel === KEY_CHANGES_CHANNEL) authenticator.applyChange(parseKeyChange(message.payload));
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${KEY_CHANGES_CHANNEL}`);
      client = next;
      authenticator.setCaching(true);
    } catch {
      await next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect(), RECONNECT_MS);
    }
  };
  void connect();

  return {
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
