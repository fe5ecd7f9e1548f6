import type { Page } from "../types.ts";
import { decodeBody } from "./decode-body.ts";
import { decompressBody } from "./decompress-body.ts";
import { looksBinary } from "./detect-binary.ts";
import type { ExchangeFailure, RawResponse } from "./exchange-once.ts";
import type { BodyKind } from "./types.ts";

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/;
const TEXT_TYPES = /^(text\/[\w.+-]+|application\/([\w.-]+\+)?(xml|json)|application\/x-sitemap)$/;

/** Whether a declared Content-Type can hold what the caller asked for; a missing type is sniffed later. */
export function acceptsContentType(kind: BodyKind, contentType: string): boolean {
  const mime = mimeOf(contentType);
  if (!mime) return true;
  return kind === "html" ? HTML_TYPES.test(mime) : HTML_TYPES.test(mime) || TEXT_TYPES.test(mime);
}

/** Turn a 2xx response body into a decoded Page, refusing binary bodies whatever their declared type. */
export function readDocument(url: string, raw: RawResponse, maxBytes: number): { ok: true; page: Page } | ExchangeFailure {
  const decompressed = decompressBody(raw.body ?? Buffer.alloc(0), raw.headers["content-encoding"] ?? "", maxBytes);
  if (!decompressed.ok) return { ok: false, reason: decompressed.reason, detail: decompressed.detail, status: raw.status };
  const contentType = raw.headers["content-type"] ?? "";
  if (looksBinary(decompressed.body)) {
    return { ok: false, reason: "binary_content", detail: `binary body served as '${contentType || "no type"}'`, status: raw.status };
  }
  const { text } = decodeBody(decompressed.body, contentType);
  const page: Page = {
    url,
    status: raw.status,
    headers: raw.headers,
    contentType: mimeOf(contentType) || "text/html",
    html: text,
    fetchedAt: new Date().toISOString(),
  };
  return { ok: true, page };
}

function mimeOf(contentType: string): string {
  return contentType.split(";")[0].trim().toLowerCase();
}
