import type { Page } from "../../../types.ts";

/** A fetched HTML page for tests. */
export function htmlPage(url: string, body: string, head = ""): Page {
  return {
    url,
    status: 200,
    headers: { "content-type": "text/html" },
    contentType: "text/html",
    html: `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    fetchedAt: "2026-01-01T00:00:00.000Z",
  };
}
