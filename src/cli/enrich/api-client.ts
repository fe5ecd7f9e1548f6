export interface ApiClient {
  json<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T>;
  text(path: string, accept: string): Promise<string>;
}

export class ApiError extends Error {}

const MAX_RETRIES = 5;

/** A small client of the public API: bearer key, JSON, and waits out 429/503 as Retry-After says. */
export function createApiClient(baseUrl: string, key: string): ApiClient {
  const root = baseUrl.replace(/\/+$/, "");
  async function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${root}${path}`, { method, headers: { authorization: `Bearer ${key}`, ...headers }, body });
      if ((response.status !== 429 && response.status !== 503) || attempt >= MAX_RETRIES) {
        if (response.ok) return response;
        const detail = await response.text();
        throw new ApiError(`${method} ${path} answered ${response.status}: ${detail.slice(0, 500)}`);
      }
      const seconds = Number(response.headers.get("retry-after") ?? "1");
      await new Promise((resolve) => setTimeout(resolve, Math.min(60, Number.isFinite(seconds) ? seconds : 1) * 1000));
    }
  }
  return {
    async json<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
      const headers: Record<string, string> = { accept: "application/json" };
      if (body !== undefined) headers["content-type"] = "application/json";
      return (await send(method, path, headers, body === undefined ? undefined : JSON.stringify(body))).json() as Promise<T>;
    },
    async text(path: string, accept: string): Promise<string> {
      return (await send("GET", path, { accept })).text();
    },
  };
}
