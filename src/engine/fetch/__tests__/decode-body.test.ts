import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBody } from "../decode-body.ts";

const latin = (s: string) => iconv.encode(s, "windows-1252");

describe("decodeBody", () => {
  it("uses the Content-Type charset", () => {
    expect(decodeBody(latin("<p>Müller & Söhne – Straße</p>"), "text/html; charset=windows-1252").text).toContain("Müller & Söhne – Straße");
  });

  it("uses <meta charset> and http-equiv when the header has none", () => {
    const meta = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), latin("Grüße")]);
    expect(decodeBody(meta, "text/html").text).toContain("Grüße");
    const equiv = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'), latin("€ 5")]);
    expect(decodeBody(equiv, "text/html").text).toContain("€ 5");
  });

  it("honours a byte order mark over a contradicting header", () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Café")]);
    expect(decodeBody(body, "text/html; charset=iso-8859-1").text).toBe("Café");
  });

  it("reads UTF-16 with a BOM", () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Zürich", "utf16le")]);
    expect(decodeBody(body, "text/html").text).toBe("Zürich");
  });

  it("falls back to windows-1252 when bytes claimed as UTF-8 are not UTF-8", () => {
    const result = decodeBody(latin("Bäckerei Köhler"), "text/html; charset=utf-8");
    expect(result.text).toBe("Bäckerei Köhler");
    expect(result.encoding).toBe("windows-1252");
  });

  it("reads undeclared valid UTF-8 as UTF-8", () => {
    expect(decodeBody(Buffer.from("<p>Ærø – ĳ</p>"), "text/html").text).toBe("<p>Ærø – ĳ</p>");
  });

  it("survives an unknown charset label", () => {
    expect(decodeBody(Buffer.from("<p>plain</p>"), "text/html; charset=x-made-up").text).toBe("<p>plain</p>");
    expect(decodeBody(Buffer.from('<meta charset="klingon"><p>ok</p>'), "").text).toContain("ok");
  });
});
