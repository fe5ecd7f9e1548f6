import { describe, expect, it } from "vitest";
import { phonesInLine } from "../phone-observations.ts";
import { normalizePhone } from "../phone-normalize.ts";
import { socialProfile } from "../social-profile.ts";
import { extractCompany } from "../index.ts";
import { page } from "./fixtures/page.ts";

describe("phone vs fax", () => {
  it.each([
    ["Tel: 06227 8645-0 Fax: 06227 8645-29", [["phone", "+49 6227 86450"], ["fax", "+49 6227 864529"]]],
    ["Telefon +49 (0) 7502 97791-00 · Telefax +49 (0) 7502 97791-90", [["phone", "+49 7502 9779100"], ["fax", "+49 7502 9779190"]]],
    ["T: 030 5036 0714 F: 030 5036 0715", [["phone", "+49 30 50360714"], ["fax", "+49 30 50360715"]]],
    ["Fax: 0931 – 4 52 89 58", [["fax", "+49 931 4528958"]]],
    ["Sprechzeiten Telefon: 08.30 – 9.00 Uhr", []],
    ["IBAN: DE61 5455 0010 0193 8055 87", []],
  ])("%s", (line, expected) => {
    expect(phonesInLine(line, null, "DE").map((s) => [s.kind, s.number])).toEqual(expected);
  });

  it("normalises national formats and rejects fictitious numbers", () => {
    expect(normalizePhone("+49(0)30.50360714", "DE")).toBe("+49 30 50360714");
    expect(normalizePhone("(770) 499-2020", "US")).toBe("+1 770 499 2020");
    expect(normalizePhone("970-555-1212", "US")).toBeNull();
    expect(normalizePhone("+1 234 567 8910", "US")).toBeNull();
  });

  it("keeps the company number and drops direct lines of team cards", () => {
    const contact = page("metallbau-kern.de", "kontakt/", `
      <p>Zentrale</p><p>Telefon: 0711 2345 0</p>
      <div><p>Petra Kern</p><p>Leitung Vertrieb</p><p>+49 711 2345 13</p></div>`);
    expect(extractCompany([contact], { domain: "metallbau-kern.de" }).company.phones).toEqual(["+49 711 23450"]);
  });
});

describe("social profiles", () => {
  it.each([
    ["https://www.facebook.com/sharer/sharer.php?u=https://x.de", null],
    ["https://twitter.com/intent/tweet?text=hi", null],
    ["https://www.linkedin.com/shareArticle?mini=true", null],
    ["https://www.facebook.com/", null],
    ["https://instagram.com", null],
    ["https://www.linkedin.com/in/jane-doe", null],
    ["https://www.facebook.com/policy.php", null],
    ["https://www.facebook.com/tischlerei.kern/?locale=de_DE", "https://www.facebook.com/tischlerei.kern/"],
    ["https://www.instagram.com/kern_holz/profilecard/?igsh=abc", "https://www.instagram.com/kern_holz/"],
    ["https://de.linkedin.com/company/kern-gmbh", "https://de.linkedin.com/company/kern-gmbh"],
    ["https://www.youtube.com/@kernholz", "https://www.youtube.com/@kernholz"],
  ])("%s", (href, expected) => {
    expect(socialProfile(href)).toBe(expected);
  });

  it("takes the company's profiles from the site chrome, not people's or share links", () => {
    const home = page("kern-holz.de", "", `
      <article><a href="https://www.facebook.com/sharer/sharer.php?u=x">Teilen</a></article>
      <footer><a href="https://www.instagram.com/kern_holz/">Instagram</a>
      <p>Webdesign by <a href="https://www.instagram.com/pixelstudio/">Pixelstudio</a></p></footer>`);
    const team = page("kern-holz.de", "team/", `<div class="team-member"><a href="https://twitter.com/jan_kern">@jan_kern</a></div>`);
    expect(extractCompany([home, team], { domain: "kern-holz.de" }).company.socials).toEqual(["https://www.instagram.com/kern_holz/"]);
  });
});
