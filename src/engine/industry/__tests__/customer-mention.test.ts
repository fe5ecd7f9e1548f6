import { describe, expect, it } from "vitest";
import { isCustomerMention } from "../customer-mention.ts";
import { isMarketModifier } from "../market-modifier.ts";
import { foldWords, listCommas, phraseBreaks } from "../normalize-words.ts";

// Whether the word `target` of the text is read as a customer trade.
function customer(text: string, target: string): boolean {
  const folded = foldWords(text);
  const position = folded.indexOf(target);
  return isCustomerMention(folded, phraseBreaks(text), position, listCommas(text));
}

describe("isCustomerMention", () => {
  it("reads every item of a comma-separated customer list", () => {
    const text = "Spülmaschinen für Kantinen, Kliniken, Bäckereien und Metzgereien";
    expect(customer(text, "kliniken")).toBe(true);
    expect(customer(text, "backereien")).toBe(true);
    expect(customer(text, "metzgereien")).toBe(true);
  });

  it("reads a customer trade with its adjective", () => {
    expect(customer("Funktioniert das auch für kleinere Restaurants?", "restaurants")).toBe(true);
    expect(customer("Built for independent hotels and guesthouses", "guesthouses")).toBe(true);
  });

  it("leaves the company's own trade and unrelated phrases alone", () => {
    expect(customer("Ihr Partner für Elektroinstallation", "elektroinstallation")).toBe(false);
    expect(customer("Danke für Ihr Vertrauen, unser Team von Elektrikern", "elektrikern")).toBe(false);
    expect(customer("Software for clinics. Dentists trust us", "dentists")).toBe(false);
    expect(customer("Ihr Meisterbetrieb: Kompetenz für moderne Elektroinstallation", "elektroinstallation")).toBe(false);
    expect(customer("Das Unternehmen für Gebäudereinigung in Ulm", "gebaudereinigung")).toBe(false);
  });
});

describe("isMarketModifier", () => {
  const at = (text: string, word: string, code: string, term: string) => {
    const folded = foldWords(text);
    return isMarketModifier(folded, folded.indexOf(word), 1, code, term);
  };

  it("reads a trade word that qualifies a product or a clientele as the market", () => {
    expect(at("Cloud-based restaurant software", "restaurant", "56", "restaurant*")).toBe(true);
    expect(at("Gastronomie-Software aus der Schweiz", "gastronomie", "56", "gastronomie")).toBe(true);
    expect(at("Built with hotel owners", "hotel", "55", "hotel*")).toBe(true);
    expect(at("Die Hotelsoftware für kleine Häuser", "hotelsoftware", "55", "hotel*")).toBe(true);
  });

  it("leaves the trade itself and the information trades' own products alone", () => {
    expect(at("Our restaurant in the old town", "restaurant", "56", "restaurant*")).toBe(false);
    expect(at("Hotelzimmer mit Seeblick", "hotelzimmer", "55", "hotel*")).toBe(false);
    expect(at("A software platform for teams", "software", "62", "software")).toBe(false);
  });
});
