import { describe, expect, it } from "vitest";
import { readIcp } from "../read-icp.ts";

describe("readIcp", () => {
  it("reads industries, region, size and postal-code area from one German sentence", () => {
    const reading = readIcp("Steuerberater in Bayern mit 5–20 Mitarbeitern, PLZ 80-85, keine Kliniken");
    expect(reading.industries).toMatchObject({ include: ["69.20"], exclude: ["86"] });
    expect(reading.regions).toEqual([{ name: "Bayern", country: "DE" }]);
    expect(reading.size).toMatchObject({ min: 5, max: 20 });
    expect(reading.postal_code_prefixes).toEqual(["80", "81", "82", "83", "84", "85"]);
    expect(reading.cities).toEqual([]);
  });

  it("reads countries in any supported language and honours their negation", () => {
    expect(readIcp("Dental practices in Germany and Austria, but not in Switzerland")).toMatchObject({ countries: ["DE", "AT"], excluded_countries: ["CH"] });
    expect(readIcp("Zahnärzte in Deutschland und Österreich").countries).toEqual(["DE", "AT"]);
    expect(readIcp("cabinets d'avocats en France et en Belgique").countries).toEqual(["FR", "BE"]);
    expect(readIcp("Handwerksbetriebe am Bau in der DACH-Region").countries).toEqual(["DE", "AT", "CH"]);
  });

  it("reads cities after a place cue, not capitalised nouns that name something else", () => {
    expect(readIcp("Softwarehäuser im Raum Stuttgart, Karlsruhe und Heilbronn, KMU").cities).toEqual(["Stuttgart", "Karlsruhe", "Heilbronn"]);
    expect(readIcp("Kanzleien in Frankfurt am Main und Umgebung").cities).toEqual(["Frankfurt am Main"]);
    expect(readIcp("ristoranti a Milano e Torino, in Lombardia")).toMatchObject({ cities: ["Milano", "Torino"], regions: [{ name: "Lombardia", country: "IT" }] });
    expect(readIcp("Wir suchen Kunden in Kanzleien und Praxen").cities).toEqual([]);
  });

  it("reads size ranges, bounds and size words", () => {
    expect(readIcp("IT service providers with at least 20 and up to 200 staff").size).toMatchObject({ min: 20, max: 200 });
    expect(readIcp("Restaurants, moins de 50 salariés").size).toMatchObject({ min: null, max: 49 });
    expect(readIcp("mehr als 10 Mitarbeiter").size).toMatchObject({ min: 11, max: null });
    expect(readIcp("200+ employees").size).toMatchObject({ min: 200, max: null });
    expect(readIcp("KMU im Maschinenbau").size).toMatchObject({ min: 1, max: 249 });
    expect(readIcp("over 20 years of experience").size).toBeNull();
  });

  it("reads postal-code prefixes written in several ways", () => {
    expect(readIcp("PLZ-Gebiet 7 und 80xxx").postal_code_prefixes).toEqual(["7", "80"]);
    expect(readIcp("codes postaux 69 et 13").postal_code_prefixes).toEqual(["69", "13"]);
    expect(readIcp("postcodes 70000-79999").postal_code_prefixes).toEqual(["7"]);
    expect(readIcp("in business since 1990").postal_code_prefixes).toEqual([]);
  });

  it("returns an empty reading for text without criteria", () => {
    expect(readIcp("")).toEqual({
      industries: { include: [], exclude: [], matched: [] }, countries: [], excluded_countries: [], regions: [], cities: [], postal_code_prefixes: [], size: null,
    });
  });
});
