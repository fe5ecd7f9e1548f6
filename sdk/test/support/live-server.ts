import type { AddressInfo } from "node:net";
import { readConfig } from "../../../src/config.ts";
import { createOrganization } from "../../../src/core/organizations/create.ts";
import { updateOrganization } from "../../../src/core/organizations/update.ts";
import { createEnrichmentEngine } from "../../../src/runtime/enrichment-engine.ts";
import { addKey } from "../../../test/support/fixtures.ts";
import { startTestApp, type TestApp } from "../../../test/support/test-app.ts";

export interface LiveServer {
  t: TestApp;
  baseUrl: string;
  /** A new organization with a full-access key; `perHour` sets its rate limit (burst: a twentieth, at least 10 per 10 s). */
  tenant(options?: { test?: boolean; perHour?: number }): Promise<{ organizationId: string; key: string }>;
  close(): Promise<void>;
}

/**
 * The real app on a fresh database, listening on 127.0.0.1 with workers running, so the SDK talks
 * HTTP to it exactly as a client would. Orders made with test keys are fulfilled from the
 * demonstration sites, so nothing leaves the machine.
 */
export async function startLiveServer(): Promise<LiveServer> {
  let engine: ReturnType<typeof createEnrichmentEngine> | undefined;
  const t = await startTestApp({
    workers: true,
    concurrency: 2,
    ports: async (db) => {
      engine = createEnrichmentEngine(readConfig({ OPENPROSPECT_CRAWL_DELAY_MS: "0", OPENPROSPECT_DNS_LOOKUPS: "off" }), db, { dns: false });
      return { enrichment: engine };
    },
  });
  await t.app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = t.app.server.address() as AddressInfo;
  return {
    t,
    baseUrl: `http://127.0.0.1:${port}`,
    async tenant(options = {}) {
      const organization = await createOrganization(t.database.db, { name: "SDK client" });
      await updateOrganization(t.database.db, organization.id, { rate_limit_tier: "enterprise", rate_limit_per_hour: options.perHour ?? 1_000_000 });
      const { key } = await addKey(t.database.db, organization.id, { test: options.test });
      return { organizationId: organization.id, key };
    },
    async close() {
      await t.close();
      await engine?.close();
    },
  };
}

export interface SentRequest {
  method: string;
  url: URL;
  headers: Headers;
  status: number;
  at: number;
}

/** A fetch that records what went over the wire, for assertions on paging, retries and headers. */
export function recordingFetch(): { fetch: (request: Request) => Promise<Response>; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  return {
    sent,
    async fetch(request) {
      const at = Date.now();
      const response = await fetch(request);
      sent.push({ method: request.method, url: new URL(request.url), headers: new Headers(request.headers), status: response.status, at });
      return response;
    },
  };
}
