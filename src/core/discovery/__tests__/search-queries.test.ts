import { describe, expect, it } from "vitest";
import { readDiscoveryIcp, withIcpCountries, type SearchProfile } from "../read-icp.ts";
import { icpSearchQueries } from "../search-leads.ts";

const profile = (fields: Partial<SearchProfile>): SearchProfile => ({ id: "s", ideal_customer_profile: "", target_countries: [], target_cities: [], target_industries: [], excluded_industries: [], search_keywords: [], ...fields });

describe("icpSearchQueries", () => {
  it("joins the buyer's industry words with the target place", () => {
    const search = withIcpCountries(profile({ ideal_customer_profile: "Steuerberater und Kanzleien in Deutschland" }));
    expect(icpSearchQueries(search, readDiscoveryIcp(search))).toEqual(["Steuerberater Germany", "Kanzleien Germany"]);
  });

  it("prefers cities, adds keywords to the first query and asks at most four queries", () => {
    const search = profile({ ideal_customer_profile: "Zahnärzte, Physiotherapeuten und Steuerberater", target_cities: ["München", "Augsburg"], search_keywords: ["Praxis"] });
    const queries = icpSearchQueries(search, readDiscoveryIcp(search));
    expect(queries).toHaveLength(4);
    expect(queries[0]).toBe("Zahnärzte München Praxis");
    expect(queries[1]).toBe("Zahnärzte Augsburg");
  });

  it("falls back to the profile text when no industry is recognised", () => {
    const search = profile({ ideal_customer_profile: "Companies that sell vintage bicycles" });
    expect(icpSearchQueries(search, readDiscoveryIcp(search))).toEqual(["Companies that sell vintage bicycles"]);
  });
});
