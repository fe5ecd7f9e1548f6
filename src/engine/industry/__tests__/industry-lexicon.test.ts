import { describe, expect, it } from "vitest";
import { findIndustryTerms, INDUSTRY_LEXICON } from "../industry-lexicon.ts";
import { isNaceCode } from "../nace-taxonomy.ts";

const codes = (text: string) => findIndustryTerms(text).map((hit) => hit.code);

describe("industry lexicon", () => {
  it("uses only existing NACE codes and well-formed terms", () => {
    for (const entry of INDUSTRY_LEXICON) {
      expect(isNaceCode(entry.code), entry.code).toBe(true);
      for (const language of ["en", "de", "fr", "nl", "es", "it"] as const) {
        for (const term of (entry[language] ?? "").split("|").filter(Boolean)) expect(term, `${entry.code} ${term}`).toMatch(/^[*a-z0-9 ]+\*?(?::\d+(?:\.\d+)?)?$/);
      }
    }
  });

  it("does not read a word of one language as a trade word of another", () => {
    expect(codes("clinical trials and clinicians")).toEqual([]);
    expect(codes("doctoral thesis")).toEqual([]);
    expect(codes("Bürgerservice für alle Bürger")).toEqual([]);
    expect(codes("Menu")).toEqual([]);
    expect(codes("Messen und Ausstellungen")).toEqual([]);
    expect(codes("in Verbindung mit")).toEqual([]);
    expect(codes("Burgers and fries")).toEqual(["56"]);
    expect(codes("la clínica dental")).toContain("86.23");
  });

  it("knows common trades in French, Dutch, Spanish and Italian", () => {
    expect(codes("warme bakker")).toEqual(["10"]);
    expect(codes("gelateria artigianale")).toEqual(["56"]);
    expect(codes("impresa di costruzioni")).toEqual(["41"]);
    expect(codes("bomba de calor")).toEqual(["43.22"]);
    expect(codes("crise sanitaire")).toEqual([]);
  });

  it("knows the words of AI software products", () => {
    expect(codes("AI agents for customer service")).toEqual(["62"]);
    expect(codes("KI-Agenten für den Mittelstand")).toEqual(["62"]);
    expect(codes("une plateforme SaaS")).toEqual(["62"]);
  });

  it("covers the words buyers use for their target industries", () => {
    expect(codes("Steuerberater")).toEqual(["69.20"]);
    expect(codes("Kanzleien")).toEqual(["69"]);
    expect(codes("dental practices")).toEqual(["86.23"]);
    expect(codes("Zahnarzt")).toEqual(["86.23"]);
    expect(codes("physiotherapy")).toEqual(["86.90"]);
    expect(codes("Softwarehäuser")).toEqual(["62"]);
    expect(codes("IT service providers")).toEqual(["62"]);
    expect(codes("Handwerksbetriebe am Bau")).toEqual(["F"]);
  });

  it("matches inflected forms, compounds and any case or accents", () => {
    expect(codes("ZAHNÄRZTE")).toEqual(["86.23"]);
    expect(codes("Zahnarztpraxis")).toEqual(["86.23"]);
    expect(codes("Rechtsanwältinnen")).toEqual(["69.10"]);
    expect(codes("ristoranti")).toEqual(["56"]);
    expect(codes("expert-comptable")).toEqual(["69.20"]);
    expect(codes("boulangeries")).toEqual(["10"]);
  });

  it("lets the longer, more specific term win over the terms inside it", () => {
    expect(codes("Zahnärztekammer")).toEqual(["86.23"]);
    expect(codes("real estate law")).toEqual(["69.10"]);
    expect(codes("cosmetic dentistry")).toEqual(["86.23"]);
  });

  it("marks chambers and registers as such", () => {
    const [hit] = findIndustryTerms("Zuständige Kammer: Steuerberaterkammer München");
    expect(hit).toMatchObject({ code: "69.20", kind: "chamber", matched: "steuerberaterkammer" });
  });

  it("does not find industries in unrelated words", () => {
    expect(codes("Kontakt Impressum Datenschutz Startseite")).toEqual([]);
    expect(codes("barrier article barely")).toEqual([]);
  });
});
