import { describe, expect, it } from "vitest";
import { mergeIcpIndustries, readIcpIndustries } from "../read-icp-industries.ts";

describe("readIcpIndustries", () => {
  it("maps free words in German and English to NACE codes", () => {
    expect(readIcpIndustries("Steuerberater und Zahnärzte in Bayern").include).toEqual(["69.20", "86.23"]);
    expect(readIcpIndustries("dental practices and physiotherapy").include).toEqual(["86.23", "86.90"]);
    expect(readIcpIndustries("Softwarehäuser und IT-Dienstleister").include).toEqual(["62"]);
  });

  it("distributes a head noun shared by coordinated modifiers", () => {
    const medical = readIcpIndustries("Medical, dental and physiotherapy practices");
    expect(medical.include.sort()).toEqual(["86", "86.23", "86.90"]);
    expect(medical.matched.map((m) => m.term)).toEqual(expect.arrayContaining(["medical practices", "dental practices"]));
    expect(readIcpIndustries("Dental or medical clinics").include.sort()).toEqual(["86", "86.23"]);
    // head first, as French writes it
    expect(readIcpIndustries("Cabinets médicaux et dentaires").include).toContain("86.23");
    // a modifier that makes no known term with the head adds nothing
    expect(readIcpIndustries("Software developers and IT service providers").include).toEqual(["62"]);
    expect(readIcpIndustries("Bakeries and large practices").include).not.toContain("86");
  });

  it("completes German elided compounds", () => {
    expect(readIcpIndustries("Zahn- und Arztpraxen").include).toEqual(["86.23", "86"]);
    expect(readIcpIndustries("Zahn- und Arztpraxen").matched.map((m) => m.term)).toEqual(["Zahnarztpraxen", "Arztpraxen"]);
  });

  it("reads other supported languages", () => {
    expect(readIcpIndustries("cabinets d'avocats et experts-comptables").include).toEqual(["69.10", "69.20"]);
    expect(readIcpIndustries("tandartsen en fysiotherapeuten").include).toEqual(["86.23", "86.90"]);
    expect(readIcpIndustries("ristoranti e alberghi").include).toEqual(["56", "55"]);
    expect(readIcpIndustries("clínicas dentales y gestorías").include).toEqual(["86.23", "69.20"]);
  });

  it("puts negated industries into exclude", () => {
    expect(readIcpIndustries("Steuerberater, keine Kliniken")).toMatchObject({ include: ["69.20"], exclude: ["86"] });
    expect(readIcpIndustries("restaurants and cafes but not hotels or hostels")).toMatchObject({ include: ["56"], exclude: ["55"] });
    expect(readIcpIndustries("Handwerksbetriebe am Bau. Hotels sind ausgeschlossen.")).toMatchObject({ include: ["F"], exclude: ["55"] });
    expect(readIcpIndustries("Restaurants, sauf les hôtels")).toMatchObject({ include: ["56"], exclude: ["55"] });
  });

  it("does not treat 'not only' as a negation", () => {
    expect(readIcpIndustries("Kanzleien, nicht nur Steuerberater")).toMatchObject({ include: ["69", "69.20"], exclude: [] });
  });

  it("reports the buyer's own words for every code", () => {
    expect(readIcpIndustries("Zahnärzte").matched).toEqual([{ term: "Zahnärzte", code: "86.23", excluded: false }]);
  });

  it("ignores weak words in free text but accepts them from an industry list", () => {
    expect(readIcpIndustries("We sell our software to restaurants").include).toEqual(["56"]);
    expect(readIcpIndustries("Software", { minWeight: 0.5 }).include).toEqual(["62"]);
  });

  it("merges readings and lets an exclusion win", () => {
    const merged = mergeIcpIndustries(readIcpIndustries("hotels, restaurants"), readIcpIndustries("no hotels"));
    expect(merged).toMatchObject({ include: ["56"], exclude: ["55"] });
  });

  it("returns nothing for text without industries", () => {
    expect(readIcpIndustries("")).toEqual({ include: [], exclude: [], matched: [] });
    expect(readIcpIndustries("companies with a modern website")).toMatchObject({ include: [], exclude: [] });
  });
});
