import type { paths } from "./generated/openapi.ts";
import { sleep } from "./retrying-fetch.ts";

export type Order = paths["/api/v1/orders/{order_id}"]["get"]["responses"][200]["content"]["application/json"];
export type OrderStatus = Order["status"];

/** Statuses an order never leaves. RECEIVED is not one: the order waits for the operator's review. */
export const FINAL_ORDER_STATUSES: readonly OrderStatus[] = ["COMPLETED", "FAILED", "CANCELLED", "REJECTED"];

export interface WaitForOrderOptions {
  /** Called with the order whenever its status or progress changed since the last poll (and once at the start). */
  onProgress?: (order: Order) => void;
  /** Poll interval (default 2 s). */
  intervalMs?: number;
  /** Give up after this long (default: wait forever; an AbortSignal also stops the wait). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export class WaitForOrderTimeoutError extends Error {
  constructor(readonly order: Order) {
    super(`Order ${order.order_id} is still ${order.status} after the wait's timeout`);
    this.name = "WaitForOrderTimeoutError";
  }
}

export async function pollOrder(getOrder: (signal?: AbortSignal) => Promise<Order>, options: WaitForOrderOptions = {}): Promise<Order> {
  const deadline = options.timeoutMs === undefined ? Infinity : Date.now() + options.timeoutMs;
  let last = "";
  for (;;) {
    const order = await getOrder(options.signal);
    const seen = JSON.stringify([order.status, order.progress]);
    if (seen !== last) {
      last = seen;
      options.onProgress?.(order);
    }
    if (FINAL_ORDER_STATUSES.includes(order.status)) return order;
    if (Date.now() >= deadline) throw new WaitForOrderTimeoutError(order);
    await sleep(Math.min(options.intervalMs ?? 2_000, Math.max(0, deadline - Date.now())), options.signal);
  }
}

