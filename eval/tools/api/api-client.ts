import type { FastifyInstance } from "fastify";

// API answers are read field by field the way a client script would; typing every shape here would
// duplicate openapi.json, so this evaluation client uses `any` on purpose.
/* eslint-disable @typescript-eslint/no-explicit-any */

export interface ApiClient {
  request(method: "GET" | "POST" | "PATCH", url: string, body?: unknown): Promise<any>;
  /** Every item of an offset-paginated list (`items`, `has_more`), 100 per request. */
  listAll(url: string): Promise<any[]>;
}

/** Requests against the in-process app, as a client holding `key` would make them; non-2xx throws. */
export function createApiClient(app: FastifyInstance, key: string): ApiClient {
  const request: ApiClient["request"] = async (method, url, body) => {
    const response = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}` },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    if (response.statusCode >= 300) throw new Error(`${method} ${url} → ${response.statusCode} ${response.body.slice(0, 500)}`);
    return response.body ? JSON.parse(response.body) : null;
  };
  return {
    request,
    async listAll(url) {
      const items: any[] = [];
      const joiner = url.includes("?") ? "&" : "?";
      for (let offset = 0; ; offset += 100) {
        const page = await request("GET", `${url}${joiner}limit=100&offset=${offset}`);
        items.push(...page.items);
        if (!page.has_more || !page.items.length) return items;
      }
    },
  };
}
