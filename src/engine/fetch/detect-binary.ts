// File signatures of formats that are served with a wrong text/html type surprisingly often.
const MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x50, 0x4b, 0x03, 0x04], // ZIP, docx, xlsx
  [0x1f, 0x8b], // gzip that was not declared as Content-Encoding
  [0x52, 0x49, 0x46, 0x46], // RIFF (webp, avi, wav)
  [0x00, 0x00, 0x01, 0x00], // ICO
];

/** True when the body is not text: a known binary signature, or NUL bytes in the first kilobyte. */
export function looksBinary(body: Buffer): boolean {
  if (hasUtf16Bom(body)) return false;
  if (MAGIC.some((sig) => sig.every((byte, i) => body[i] === byte))) return true;
  const head = body.subarray(0, 1024);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) controls++;
  }
  return head.length > 0 && controls / head.length > 0.1;
}

function hasUtf16Bom(body: Buffer): boolean {
  return (body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff);
}
