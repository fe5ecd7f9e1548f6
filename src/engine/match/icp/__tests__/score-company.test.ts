import { describe, expect, it } from "vitest";
import type { CompanyFacts } from "../../../types.ts";
import { scoreCompany, type IcpTargets } from "../score-company.ts";

const company = (over: Partial<CompanyFacts>): CompanyFacts => ({
  name: null, legal_name: null, legal_form: null, street: null, postal_code: null, city: null, region: null, country: null,
  phones: [], fax: null, emails: [], vat_id: null, register: null, founded: null, socials: [], description: null,
  business_type: null, description_keywords: [], ...over,
});
const targets = (over: Partial<IcpTargets>): IcpTargets => ({
  target_countries: [], target_cities: [], target_industries: [], excluded_industries: [], search_keywords: [], ...over,
});

describe("scoreCompany", () => {
  it("gives 10 when every stated criterion is met and explains each", () => {
    const result = scoreCompany(company({ country: "DE", description: "Wir bauen Software für Hotels" }), [], targets({ target_countries: ["DE"], target_industries: ["software"] }));
    expect(result.score).toBe(10);
    expect(result.explanation.map((e) => e.criterion)).toEqual(["country", "industry"]);
  });

  it("weighs partial matches and ignores criteria without data", () => {
    const result = scoreCompany(company({ country: "FR", description: "software house" }), [], targets({ target_countries: ["DE"], target_industries: ["software"], target_cities: ["Berlin"] }));
    expect(result.score).toBeCloseTo((4 / 7) * 10, 0);
    expect(result.explanation.find((e) => e.criterion === "city")!.matched).toBeNull();
  });

  it("scores 0 when the company is in an excluded industry", () => {
    const result = scoreCompany(company({ country: "DE", description: "Unternehmensberatung und Consulting" }), [], targets({ target_countries: ["DE"], excluded_industries: ["consulting"] }));
    expect(result.score).toBe(0);
  });

  it("has no score when nothing can be checked", () => {
    const result = scoreCompany(company({}), [], targets({ target_countries: ["DE"] }));
    expect(result.score).toBeNull();
    expect(result.explanation).toEqual([expect.objectContaining({ criterion: "country", matched: null })]);
  });

  it("has no score, and says why, when the profile states no criteria", () => {
    const result = scoreCompany(company({ country: "DE", description: "software" }), [], targets({}));
    expect(result.score).toBeNull();
    expect(result.explanation).toEqual([expect.objectContaining({ criterion: "profile", matched: null, evidence: expect.stringContaining("no criteria") })]);
  });
});
