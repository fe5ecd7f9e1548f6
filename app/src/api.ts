import { readSession } from "./session.ts";

/** An answer other than 2xx, with the API's error body (code, message, errors[]) when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | null;
  readonly fieldErrors: { field: string; message: string }[];

  constructor(status: number, body: unknown) {
    const b = (body ?? {}) as { code?: string; message?: string; errors?: { field: string; message: string }[] };
    super(b.message ?? `Request failed with status ${status}`);
    this.status = status;
    this.code = b.code ?? null;
    this.fieldErrors = Array.isArray(b.errors) ? b.errors : [];
  }
}

export interface RequestOptions {
  body?: unknown;
  /** A raw body (CSV for imports) sent with this content type instead of JSON. */
  rawBody?: { data: string | Blob; contentType: string };
  query?: Record<string, string | number | undefined>;
  /** Overrides the session's key (the sign-in check uses the key before it is stored). */
  key?: string;
  /** Read the answer as text (the Prometheus metrics). */
  text?: boolean;
}

/** One call to /api/v1, /api/admin/v1 or /metrics on the same origin, with the session's bearer key. */
export async function api<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const key = options.key ?? readSession()?.key;
  const headers: Record<string, string> = { accept: options.text ? "text/plain" : "application/json" };
  if (key) headers.authorization = `Bearer ${key}`;
  let body: BodyInit | undefined;
  if (options.rawBody) {
    headers["content-type"] = options.rawBody.contentType;
    body = options.rawBody.data;
  } else if (options.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  const response = await fetch(withQuery(path, options.query), { method, headers, body });
  if (options.text && response.ok) return (await response.text()) as T;
  const parsed = await response.text().then((t) => (t ? safeJson(t) : null));
  if (!response.ok) throw new ApiError(response.status, parsed);
  return parsed as T;
}

function withQuery(path: string, query: RequestOptions["query"]): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== "") params.set(name, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 300) };
  }
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  has_more: boolean;
}
