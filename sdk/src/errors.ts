/** A non-2xx answer, with the API's error body (`{code, message, …}`) when it sent one. */
export class OpenProspectError extends Error {
  readonly status: number;
  readonly code: string | null;
  readonly body: unknown;

  constructor(status: number, body: unknown) {
    const details = body && typeof body === "object" ? (body as { code?: unknown; message?: unknown }) : {};
    const code = typeof details.code === "string" ? details.code : null;
    const message = typeof details.message === "string" ? details.message : `HTTP ${status}`;
    super(code ? `${code}: ${message}` : message);
    this.name = "OpenProspectError";
    this.status = status;
    this.code = code;
    this.body = body;
  }
}
