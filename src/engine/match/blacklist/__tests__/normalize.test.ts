import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeCity, normalizeCompanyName, normalizeDomain } from "../index.ts";

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);
const suffix = fc.constantFrom("com", "de", "co.uk", "at", "ch", "io", "com.au");
const path = fc.stringMatching(/^(\/[a-z0-9]{0,6}){0,3}(\?[a-z]=[0-9])?$/);
const name = fc.stringMatching(/^[A-Za-zÄÖÜäöüßéèçñ0-9][A-Za-zÄÖÜäöüßéèçñ0-9 .&'-]{0,30}$/);
const legalForm = fc.constantFrom("GmbH", "AG", "Ltd.", "Inc.", "LLC", "UG (haftungsbeschränkt)", "GmbH & Co. KG", "SARL", "B.V.", "S.A.", "Limited", "e.K.");

describe("normalizeDomain", () => {
  it("is invariant under case, scheme, www, subdomains and path", () => {
    fc.assert(
      fc.property(label, suffix, fc.array(label, { maxLength: 3 }), fc.constantFrom("", "http://", "https://", "HTTPS://"), path, (host, tld, subs, scheme, rest) => {
        const bare = `${host}.${tld}`;
        const decorated = `${scheme}${["www", ...subs].join(".")}.${bare}${rest}`;
        expect(normalizeDomain(decorated.toUpperCase().replace("HTTP", "http"))).toBe(bare);
        expect(normalizeDomain(decorated)).toBe(bare);
      }),
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const once = normalizeDomain(text);
        if (once !== null) expect(normalizeDomain(once)).toBe(once);
      }),
    );
  });

  it("folds international names to punycode and rejects non-hosts", () => {
    expect(normalizeDomain("https://www.müller.de/impressum")).toBe("xn--mller-kva.de");
    expect(normalizeDomain("xn--mller-kva.de")).toBe("xn--mller-kva.de");
    expect(normalizeDomain("shop.example.co.uk:8080/x")).toBe("example.co.uk");
    for (const bad of ["", "   ", "not a url", "localhost", "ftp://example.com", "mailto:a@b.de", "foo"]) {
      expect(normalizeDomain(bad)).toBeNull();
    }
  });
});

describe("normalizeCompanyName", () => {
  it("is idempotent on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const once = normalizeCompanyName(text);
        if (once !== null) expect(normalizeCompanyName(once)).toBe(once);
      }),
    );
  });

  it("ignores legal forms, case and punctuation", () => {
    fc.assert(
      fc.property(name, legalForm, (base, form) => {
        const key = normalizeCompanyName(base);
        fc.pre(key !== null && normalizeCompanyName(`${base} ${form}`) !== null);
        expect(normalizeCompanyName(`${base} ${form}`)).toBe(normalizeCompanyName(base));
        expect(normalizeCompanyName(`${base.toUpperCase()}, ${form}`)).toBe(normalizeCompanyName(base.toUpperCase()));
      }),
    );
  });

  it("folds umlauts and accents", () => {
    expect(normalizeCompanyName("Müller & Söhne GmbH & Co. KG")).toBe("mueller soehne");
    expect(normalizeCompanyName("MUELLER & SOEHNE")).toBe("mueller soehne");
    expect(normalizeCompanyName("Société Générale S.A.")).toBe("societe generale");
    expect(normalizeCompanyName("Straßenbau UG (haftungsbeschränkt)")).toBe("strassenbau");
    expect(normalizeCompanyName("ACME, Inc.")).toBe("acme");
    expect(normalizeCompanyName("AS Consulting")).toBe("as consulting");
    expect(normalizeCompanyName("AG")).toBe("ag");
    // names made of words that are also legal forms key the same with or without a real form
    expect(normalizeCompanyName("Sé GmbH")).toBe(normalizeCompanyName("Sé"));
    expect(normalizeCompanyName("ÇO GmbH")).toBe(normalizeCompanyName("çO"));
    expect(normalizeCompanyName("  ...  ")).toBeNull();
  });
});

describe("normalizeCity", () => {
  it("folds case, umlauts and punctuation", () => {
    expect(normalizeCity("München")).toBe(normalizeCity("MUENCHEN"));
    expect(normalizeCity("Frankfurt a.M.")).toBe("frankfurt a m");
    expect(normalizeCity(" ")).toBeNull();
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (text) => {
        const once = normalizeCity(text);
        if (once !== null) expect(normalizeCity(once)).toBe(once);
      }),
    );
  });
});
