import type { ApiClient } from "./api-client.ts";

const TERMINAL = new Set(["COMPLETED", "CANCELLED", "REJECTED", "FAILED"]);

/** Polls GET /orders/{id} until the order leaves fulfilment; throws when it is not COMPLETED in time. */
export async function waitForOrder(api: ApiClient, orderId: string, options: { timeoutMs: number; onProgress?: (line: string) => void }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last = "";
  for (;;) {
    const order = await api.request("GET", `/api/v1/orders/${orderId}`);
    const line = `order ${order.status}: ${JSON.stringify(order.progress)}`;
    if (line !== last) options.onProgress?.(line);
    last = line;
    if (TERMINAL.has(order.status)) {
      if (order.status !== "COMPLETED") throw new Error(`order ended ${order.status}`);
      return;
    }
    if (Date.now() > deadline) throw new Error(`order still ${order.status} after ${options.timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
