import { describe, expect, it } from "vitest";
import { extractPeople } from "../index.ts";
import { emptyCompany, page } from "./people-fixtures.ts";

const run = (body: string, lang = "de") => extractPeople([page("impressum", body, lang)], { domain: "example.test", company: emptyCompany });

describe("imprint labels written as sentences, joined roles and icon fonts", () => {
  it("reads 'Verantwortlich … ist A' when only names follow the verb", () => {
    expect(run("<p>Verantwortlich für den Inhalt der Seite ist Jonas Brenner.</p>").map((p) => p.name)).toEqual(["Jonas Brenner"]);
    expect(run("<p>Verantwortlich i.S.d. TMG ist Alina Wolff</p>").map((p) => p.name)).toEqual(["Alina Wolff"]);
  });

  it("ignores a copula sentence that goes on after the names", () => {
    expect(run("<p>Verantwortlich für diese Seite ist Jonas Brenner von der Stadtverwaltung Musterort.</p>")).toEqual([]);
  });

  it("reads two roles joined by '&' into one label", () => {
    const people = run("<p>Inhaber &amp; Geschäftsführer: Paula Siemers und Marek Bendt</p>");
    expect(people.map((p) => [p.name, p.role_class])).toEqual([["Paula Siemers", "owner"], ["Marek Bendt", "owner"]]);
  });

  it("reads the Austrian 'Medieninhaber' block with a law citation between label and name", () => {
    const body = "<h2>Medieninhaber und Herausgeber</h2><p>Informationspflicht laut § 5 ECG (E-Commerce-Gesetz) und Offenlegungspflicht laut § 25 MedienG (Mediengesetz):</p><p>Lukas Höller</p><p>Almhof</p><p>Dorfweg 7</p>";
    expect(run(body).map((p) => [p.name, p.role_class])).toEqual([["Lukas Höller", "owner"]]);
  });

  it("does not let an icon-font ligature word hide a label", () => {
    const body = '<h3><span class="material-symbols-outlined">group</span> Vertreten durch</h3><ul><li>Paula Siemers</li></ul>';
    expect(run(body).map((p) => p.name)).toEqual(["Paula Siemers"]);
  });

  it("reads 'Responsable publication' without 'de la' as content responsibility", () => {
    const people = run("<p>Responsable publication : Camille Faure – camille@example.test</p>", "fr");
    expect(people.map((p) => p.name)).toEqual(["Camille Faure"]);
  });
});
