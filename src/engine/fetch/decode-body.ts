import { ResultType, Sniffer } from "encoding-sniffer/sniffer";
import iconv from "iconv-lite";

const SNIFF_BYTES = 4096;

/**
 * Bytes → string the way browsers choose the charset: BOM, then the Content-Type charset, then
 * <meta charset>/http-equiv. Undeclared pages are UTF-8 when they are valid UTF-8; pages that claim
 * UTF-8 but are not (a common CMS mistake) are read as windows-1252 instead of filling with U+FFFD.
 */
export function decodeBody(body: Buffer, contentType: string): { text: string; encoding: string } {
  const sniffer = new Sniffer({ transportLayerEncodingLabel: charsetOf(contentType), maxBytes: SNIFF_BYTES });
  sniffer.write(body.subarray(0, SNIFF_BYTES));
  let encoding = sniffer.encoding;
  if (sniffer.resultType === ResultType.DEFAULT) encoding = isValidUtf8(body) ? "UTF-8" : "windows-1252";
  else if (/^utf-?8$/i.test(encoding) && !isValidUtf8(body)) encoding = "windows-1252";
  if (!iconv.encodingExists(encoding)) encoding = "windows-1252";
  return { text: iconv.decode(body, encoding), encoding };
}

export function charsetOf(contentType: string): string | undefined {
  const match = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType);
  return match ? match[1] : undefined;
}

function isValidUtf8(body: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}
