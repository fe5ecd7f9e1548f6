import { randomUUID } from "node:crypto";
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "./generated/openapi.ts";
import { OpenProspectError } from "./errors.ts";
import { iteratePages, type ListItem, type ListPage, type ListParams, type ListPath } from "./pagination.ts";
import { retryingFetch, type FetchFunction, type RetryOptions } from "./retrying-fetch.ts";
import { pollOrder, type Order, type WaitForOrderOptions } from "./wait-for-order.ts";

export interface OpenProspectOptions {
  /** Where the API runs, without the /api/v1 prefix: e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  /** `lnc_live_…`, `lnc_test_…`, or an operator's `lnc_admin_…` key for the admin paths. */
  apiKey: string;
  retry?: RetryOptions;
  /** Makes the Idempotency-Key sent with a POST that has none (default: a random UUID). */
  idempotencyKey?: () => string;
  /** The fetch to send requests with (default: the global fetch). */
  fetch?: FetchFunction;
}

export interface OpenProspect {
  /** The typed client for every operation: `api.GET("/api/v1/orders/{order_id}", {params: {path: {order_id}}})`. */
  api: Client<paths>;
  /** Every item of a list, page after page (`for await (const order of client.list("/api/v1/orders"))`). */
  list<P extends ListPath>(path: P, params?: ListParams<P>): AsyncGenerator<ListItem<P>>;
  /** Polls an order until it is COMPLETED, FAILED, CANCELLED or REJECTED, and returns it. */
  waitForOrder(orderId: string, options?: WaitForOrderOptions): Promise<Order>;
}

export function createOpenProspect(options: OpenProspectOptions): OpenProspect {
  const baseFetch = options.fetch ?? ((request: Request) => fetch(request));
  const api = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    headers: { authorization: `Bearer ${options.apiKey}` },
    fetch: retryingFetch(baseFetch, options.retry),
  });
  api.use(idempotencyKeys(options.idempotencyKey ?? randomUUID));

  async function getJson(path: string, params: { path?: unknown; query?: unknown }, signal?: AbortSignal): Promise<unknown> {
    // The path is a typed ListPath or the order path; openapi-fetch's overloads cannot follow a generic path.
    const { data, error, response } = await (api.GET as (path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>)(path, { params, signal });
    if (!response.ok) throw new OpenProspectError(response.status, error);
    return data;
  }

  return {
    api,
    list<P extends ListPath>(path: P, params: ListParams<P> = {}) {
      const query = { ...((params.query ?? {}) as Record<string, unknown>) };
      return iteratePages((pageQuery) => getJson(path, { path: params.path, query: pageQuery }) as Promise<ListPage>, query) as AsyncGenerator<ListItem<P>>;
    },
    waitForOrder(orderId, waitOptions) {
      return pollOrder((signal) => getJson("/api/v1/orders/{order_id}", { path: { order_id: orderId } }, signal) as Promise<Order>, waitOptions);
    },
  };
}

/** Gives every POST an Idempotency-Key (unless the caller set one), so a retried POST is carried out once. */
function idempotencyKeys(makeKey: () => string): Middleware {
  return {
    onRequest({ request }) {
      if (request.method === "POST" && !request.headers.has("idempotency-key")) request.headers.set("idempotency-key", makeKey());
      return request;
    },
  };
}
