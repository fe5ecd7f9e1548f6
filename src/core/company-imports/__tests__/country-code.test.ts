import { describe, expect, it } from "vitest";
import { countryCodeOf } from "../country-code.ts";

describe("countryCodeOf", () => {
  it("takes ISO 3166-1 alpha-2 codes in any case and refuses codes that are no country", () => {
    expect(countryCodeOf("DE")).toBe("DE");
    expect(countryCodeOf(" fr ")).toBe("FR");
    expect(countryCodeOf("uk")).toBe("GB");
    expect(countryCodeOf("EU")).toBeUndefined();
    expect(countryCodeOf("ZZ")).toBeUndefined();
    expect(countryCodeOf("XY")).toBeUndefined();
  });

  it("reads English country names and the usual aliases; blank is no country, not an error", () => {
    expect(countryCodeOf("Germany")).toBe("DE");
    expect(countryCodeOf("united states of america")).toBe("US");
    expect(countryCodeOf("England and Wales")).toBe("GB");
    expect(countryCodeOf("Österreich")).toBe("AT");
    expect(countryCodeOf("Atlantis")).toBeUndefined();
    expect(countryCodeOf("   ")).toBeNull();
    expect(countryCodeOf(null)).toBeNull();
  });
});
