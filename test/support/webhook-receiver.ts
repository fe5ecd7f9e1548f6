import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface ReceivedWebhook {
  id: string;
  payload: { event: string; data: Record<string, any> };
}

/** A loopback receiver that verifies every request with the standardwebhooks library. */
export async function startWebhookReceiver(options: { failFirst?: number } = {}) {
  let secret: string | null = null;
  let failuresLeft = options.failFirst ?? 0;
  const verified: ReceivedWebhook[] = [];
  const rejected: string[] = [];
  let requests = 0;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      requests++;
      if (failuresLeft > 0) {
        failuresLeft--;
        res.writeHead(503).end("down for maintenance");
        return;
      }
      try {
        const payload = new Webhook(secret!).verify(body, req.headers as Record<string, string>) as ReceivedWebhook["payload"];
        verified.push({ id: String(req.headers["webhook-id"]), payload });
        res.writeHead(204).end();
      } catch (error) {
        rejected.push((error as Error).message);
        res.writeHead(400).end("bad signature");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/openprospect`,
    setSecret: (value: string) => (secret = value),
    verified,
    rejected,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000, stepMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}
