import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";

export type DecompressResult = { ok: true; body: Buffer } | { ok: false; reason: "too_large" | "decode_error"; detail: string };

/**
 * Undo Content-Encoding (gzip, deflate, br; several codings in order). `maxBytes` bounds the
 * decoded size so that a small compressed bomb cannot exhaust memory.
 */
export function decompressBody(body: Buffer, contentEncoding: string, maxBytes: number): DecompressResult {
  const codings = contentEncoding.toLowerCase().split(",").map((c) => c.trim()).filter((c) => c && c !== "identity");
  let current = body;
  try {
    for (const coding of codings.reverse()) current = decodeOne(current, coding, maxBytes);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_BUFFER_TOO_LARGE") return { ok: false, reason: "too_large", detail: `decoded body over ${maxBytes} bytes` };
    return { ok: false, reason: "decode_error", detail: `bad ${contentEncoding} body: ${(error as Error).message}` };
  }
  return { ok: true, body: current };
}

function decodeOne(body: Buffer, coding: string, maxOutputLength: number): Buffer {
  if (coding === "gzip" || coding === "x-gzip") return gunzipSync(body, { maxOutputLength });
  if (coding === "br") return brotliDecompressSync(body, { maxOutputLength });
  if (coding === "deflate") {
    // Some servers send raw deflate without the zlib header; the header's low nibble is always 8.
    const zlibWrapped = body.length > 0 && (body[0] & 0x0f) === 0x08;
    return zlibWrapped ? inflateSync(body, { maxOutputLength }) : inflateRawSync(body, { maxOutputLength });
  }
  throw new Error(`unsupported content-encoding ${coding}`);
}
