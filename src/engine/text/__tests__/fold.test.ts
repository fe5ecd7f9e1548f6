import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldLetters, foldText, foldTextSpelledOut } from "../fold.ts";

const anyText = fc.string({ unit: "grapheme", maxLength: 40 });

function expectFolds(fold: (text: string) => string, cases: Record<string, string>): void {
  for (const [text, folded] of Object.entries(cases)) expect(fold(text), text).toBe(folded);
}

describe("foldText", () => {
  it("drops case, diacritics and punctuation and keeps non-Latin letters", () => {
    expectFolds(foldText, {
      "Jürgen  Müller-Lüdenscheidt": "jurgen muller ludenscheidt",
      "STRASSE / Straße": "strasse strasse",
      "Société Générale, S.A.": "societe generale s a",
      "Инженер (м/ж)": "инженер м ж",
      " -- ": "",
    });
  });

  it("is a key: single spaces between letters or digits only", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = foldText(text);
        expect(key).toBe(key.trim());
        expect(key).not.toMatch(/ {2}|[^\p{L}\p{N} ]|\p{M}/u);
      }),
    );
  });

  // It keys rows already stored (person_key, job_key, suppression hashes): a change here needs a migration.
  it("keeps the stored-key rule for letters without marks", () => {
    expectFolds(foldText, { "Søren Æbelø": "søren æbelø", "Łukasz": "łukasz" });
  });
});

describe("foldTextSpelledOut", () => {
  it("spells umlauts out so both spellings meet", () => {
    expectFolds(foldTextSpelledOut, {
      "Müller & Söhne": "mueller soehne",
      "MUELLER & SOEHNE": "mueller soehne",
      "Rüegg": "rueegg",
      "Søren Åberg": "soeren aaberg",
      "Ｆｉｒｍｅｎ_Ｎａｍｅ ﬁt": "firmen name fit",
      "Mu\u0308ller": "mueller",
    });
  });

  it("is idempotent and agrees with foldText on plain ASCII", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = foldTextSpelledOut(text);
        expect(foldTextSpelledOut(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 40 }), (text) => {
        expect(foldTextSpelledOut(text)).toBe(foldText(text));
      }),
    );
  });
});

describe("foldLetters", () => {
  it("folds letters and leaves punctuation and positions alone", () => {
    expectFolds(foldLetters, { "ZAHNÄRZTE, Straße: 50+": "zahnarzte, strasse: 50+", "Ærø Œuvre": "aero oeuvre" });
  });

  it("keeps every character that is not a letter", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..." .,:;!?()[]-–0123456789+/\n"), maxLength: 30 }), (text) => {
        expect(foldLetters(text)).toBe(text);
      }),
    );
  });
});
