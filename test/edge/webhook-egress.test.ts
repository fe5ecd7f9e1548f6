import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.ts";
import { createWorkerPorts } from "../../src/runtime/worker-ports.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";

let database: TestDatabase;
let server: Server;
let port: number;

beforeAll(async () => {
  database = await createTestDatabase();
  server = createServer((req, res) => {
    req.resume();
    if (req.url === "/slow") {
      res.writeHead(200);
      const timer = setInterval(() => res.write("."), 50);
      res.on("close", () => clearInterval(timer));
      return;
    }
    res.writeHead(200).end("internal admin panel");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.close();
});

async function postWith(env: Record<string, string>, url: string) {
  const ports = createWorkerPorts(readConfig({ OPENPROSPECT_DNS_LOOKUPS: "off", ...env }), database.db, { dns: false });
  try {
    return await ports.webhookSender.post(url, { "content-type": "application/json" }, "{}");
  } finally {
    await ports.close();
  }
}

describe("customer webhooks have their own egress rules", () => {
  it("the crawler's allow-list and static hosts never open an internal range to webhooks", async () => {
    const crawlerOnly = { OPENPROSPECT_ALLOW_CIDRS: "127.0.0.0/8", OPENPROSPECT_STATIC_HOSTS: "hooks.internal=127.0.0.1" };
    expect(await postWith(crawlerOnly, `http://127.0.0.1:${port}/`)).toMatchObject({ kind: "error", blocked: true });
    expect(await postWith(crawlerOnly, `http://hooks.internal:${port}/`)).toMatchObject({ kind: "error", blocked: true });
  });

  it("an operator who names a webhook allow-list lets webhooks reach that range", async () => {
    const result = await postWith({ OPENPROSPECT_WEBHOOK_ALLOW_CIDRS: "127.0.0.0/8" }, `http://127.0.0.1:${port}/`);
    expect(result).toMatchObject({ kind: "response", statusCode: 200 });
  });

  it("OPENPROSPECT_WEBHOOK_TIMEOUT_MS bounds a whole delivery", async () => {
    const started = Date.now();
    const result = await postWith({ OPENPROSPECT_WEBHOOK_ALLOW_CIDRS: "127.0.0.0/8", OPENPROSPECT_WEBHOOK_TIMEOUT_MS: "400" }, `http://127.0.0.1:${port}/slow`);
    expect(result).toMatchObject({ kind: "error", reason: expect.stringContaining("timeout") });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
