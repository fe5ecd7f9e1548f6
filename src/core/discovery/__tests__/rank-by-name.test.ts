import { describe, expect, it } from "vitest";
import { readDiscoveryIcp } from "../read-icp.ts";
import { rankByName } from "../rank-by-name.ts";

const icpOf = (text: string) => readDiscoveryIcp({ id: "s", ideal_customer_profile: text, target_countries: [], target_cities: [], target_industries: [], excluded_industries: [], search_keywords: [] });
const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describe("rankByName", () => {
  const rows = [{ name: "Autohaus Meyer" }, { name: "Nordlicht" }, { name: "Zahnarztpraxis Dr. Roth" }, { name: "Hotel Krone" }, { name: "Blue Harbour" }, { name: "Kanzlei Weber Steuerberatung" }];

  it("puts names in a target industry first, names that say nothing next, names of other industries last, keeping the order within each", () => {
    expect(names(rankByName(rows, icpOf("Steuerberater und Kanzleien").include))).toEqual([
      "Kanzlei Weber Steuerberatung", "Nordlicht", "Blue Harbour", "Autohaus Meyer", "Zahnarztpraxis Dr. Roth", "Hotel Krone",
    ]);
  });

  it("reads names in other languages than the profile's", () => {
    const ranked = names(rankByName([{ name: "Atlas Group" }, { name: "Studio Dentistico Bianchi" }, { name: "Cabinet dentaire Morel" }], icpOf("dental practices").include));
    expect(ranked.slice(0, 2).sort()).toEqual(["Cabinet dentaire Morel", "Studio Dentistico Bianchi"]);
  });

  it("keeps every candidate and their order when the profile names no industry", () => {
    expect(rankByName(rows, [])).toEqual(rows);
    expect(rankByName(rows, icpOf("Steuerberater").include)).toHaveLength(rows.length);
  });
});
