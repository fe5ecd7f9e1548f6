import type { Selectable } from "kysely";
import { describe, expect, it } from "vitest";
import type { CompaniesTable } from "../../../db/types.ts";
import type { IndustryFacts } from "../../../engine/types.ts";
import { readDiscoveryIcp, withIcpCountries, type SearchProfile } from "../read-icp.ts";
import { QUALIFYING_SCORE, scoreDiscoveryCandidate } from "../score-candidate.ts";

function company(fields: Partial<Selectable<CompaniesTable>>): Selectable<CompaniesTable> {
  return {
    name: "Example", legal_name: null, legal_form: null, street: null, postal_code: null, city: "Berlin", region: null, country: "DE",
    phone: null, email: null, vat_id: null, register_court: null, register_number: null, founded_year: null, description: null,
    business_type: null, keywords: [], nace_codes: [], industry: null, sources: {}, website: "https://example.de/", domain: "example.de",
    ...fields,
  } as Selectable<CompaniesTable>;
}

function classified(code: string, label: string, text: string): IndustryFacts {
  return { nace_section: "", nace_division: code.slice(0, 2), nace_code: code, label, confidence: 0.8, evidence: [{ source_url: "https://example.de/", method: "page_text", text }] } as IndustryFacts;
}

const search: SearchProfile = {
  id: "s", ideal_customer_profile: "Steuerberater und Kanzleien in Deutschland", target_countries: ["DE"], target_cities: [],
  target_industries: [], excluded_industries: [], search_keywords: [],
};
const icp = readDiscoveryIcp(search);
const industryOf = (score: ReturnType<typeof scoreDiscoveryCandidate>) => score.explanation.find((c) => c.criterion === "industry");

describe("scoreDiscoveryCandidate", () => {
  it("reads the profile's industry as NACE 69.20", () => {
    expect(icp.include.some((code) => code.startsWith("69"))).toBe(true);
  });

  it("qualifies a company whose site was classified in the target industry, citing that classification", () => {
    const score = scoreDiscoveryCandidate(company({ name: "Müller & Partner", industry: classified("69.20", "Accounting and tax consultancy", "Steuerberatung") }), [], search, icp);
    expect(score.score).toBe(10);
    expect(industryOf(score)).toMatchObject({ matched: true });
    expect(industryOf(score)!.evidence).toContain("classified from the website as 69.20");
    expect(industryOf(score)!.evidence).toContain("https://example.de/");
  });

  it("lets the classification outweigh industry words in the name", () => {
    const score = scoreDiscoveryCandidate(company({ name: "Steuerberater Software GmbH", industry: classified("62.01", "Computer programming", "Softwareentwicklung") }), [], search, icp);
    expect(industryOf(score)).toMatchObject({ matched: false });
    expect(score.score).toBeLessThan(QUALIFYING_SCORE);
  });

  it("uses codes an imported dataset states when the site has not been classified", () => {
    const score = scoreDiscoveryCandidate(company({ nace_codes: ["69", "69.20"], sources: { name: { url: "dataset:companies_house" } } }), [], search, icp);
    expect(industryOf(score)).toMatchObject({ matched: true });
    expect(industryOf(score)!.evidence).toContain("stated by dataset companies_house");
    expect(score.score).toBe(10);
  });

  it("falls back to industry words of the name only without classification or codes: they rank, but never qualify on their own", () => {
    const weak = scoreDiscoveryCandidate(company({ name: "Steuerberater Schmidt" }), [], search, icp);
    const strong = scoreDiscoveryCandidate(company({ name: "Schmidt", industry: classified("69.20", "Accounting and tax consultancy", "Steuerberatung") }), [], search, icp);
    expect(industryOf(weak)).toMatchObject({ matched: true });
    expect(industryOf(weak)!.evidence).toContain("not classified");
    // the target country is met (3 of 7) and half the industry weight would make 7.1: a hint is capped below the threshold
    expect(weak.score!).toBeLessThan(QUALIFYING_SCORE);
    expect(weak.score!).toBeGreaterThan(scoreDiscoveryCandidate(company({ name: "Schmidt" }), [], search, icp).score!);
    expect(weak.score!).toBeLessThan(strong.score!);
  });

  it("treats a classification with little agreeing evidence as a hint, and says so", () => {
    const guess = { ...classified("69.20", "Accounting and tax consultancy", "Steuerberatung"), confidence: 0.12 };
    const score = scoreDiscoveryCandidate(company({ name: "Schmidt", industry: guess }), [], search, icp);
    expect(industryOf(score)).toMatchObject({ matched: true, evidence: expect.stringContaining("too low to qualify") });
    expect(score.score!).toBeLessThan(QUALIFYING_SCORE);
    const sure = scoreDiscoveryCandidate(company({ name: "Schmidt", industry: { ...guess, confidence: 0.4 } }), [], search, icp);
    expect(sure.score).toBe(10);
  });

  it("never qualifies a company whose industry nothing speaks to, however well the country fits", () => {
    const score = scoreDiscoveryCandidate(company({ name: "Schmidt" }), [], search, icp);
    expect(industryOf(score)).toMatchObject({ matched: false, evidence: expect.stringContaining("no industry classified") });
    expect(score.score!).toBeLessThan(QUALIFYING_SCORE);
  });

  it("scores 0 when the classification falls in an excluded industry", () => {
    const excluding = { ...search, excluded_industries: ["Softwareentwicklung"] };
    const excludingIcp = readDiscoveryIcp(excluding);
    expect(excludingIcp.exclude.length).toBeGreaterThan(0);
    const score = scoreDiscoveryCandidate(company({ industry: classified("62.01", "Computer programming", "Softwareentwicklung") }), [], excluding, excludingIcp);
    expect(score.score).toBe(0);
  });
});

describe("withIcpCountries", () => {
  it("fills an empty country list from the profile text and never widens a stated one", () => {
    expect(withIcpCountries({ ...search, target_countries: [] }).target_countries).toEqual(["DE"]);
    expect(withIcpCountries({ ...search, target_countries: ["AT"] }).target_countries).toEqual(["AT"]);
    expect(withIcpCountries({ ...search, ideal_customer_profile: "Dental practices", target_countries: [] }).target_countries).toEqual([]);
  });
});
