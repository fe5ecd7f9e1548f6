import { describe, expect, it } from "vitest";
import { extractPeople } from "../index.ts";
import { emptyCompany, page } from "./people-fixtures.ts";

const run = (body: string, lang = "de", company = emptyCompany) => extractPeople([page("impressum", body, lang)], { domain: "example.test", company });
const names = (body: string, lang = "de") => run(body, lang).map((p) => p.name).sort();

describe("imprint role lines", () => {
  it("reads 'vertreten durch die Geschäftsführer A und B'", () => {
    const people = run("<p>Beispiel Werkzeug GmbH<br>vertreten durch die Geschäftsführer Jonas Brenner und Alina Wolff</p>");
    expect(people.map((p) => p.name).sort()).toEqual(["Alina Wolff", "Jonas Brenner"]);
    expect(people.every((p) => p.role_class === "managing_director")).toBe(true);
  });

  it("reads a label directly followed by the name", () => {
    expect(names("<p>Geschäftsführer Rüdiger Fischer</p>")).toEqual(["Rüdiger Fischer"]);
    expect(names("<p>Geschäftsführung Dipl.- Ing. Waltraud Menke.</p>")).toEqual(["Waltraud Menke"]);
  });

  it("splits comma and 'und' lists and keeps titles off the name", () => {
    expect(names("<p>Geschäftsführer: Dr. Karl Hufnagel, Dipl.-Kfm. Bernd Sauter und Prof. Dr. Ina Lorch</p>")).toEqual([
      "Bernd Sauter", "Ina Lorch", "Karl Hufnagel",
    ]);
  });

  it("reads names on the lines after a label standing alone", () => {
    const people = run("<h3>Vertretungsberechtigte Vorstände</h3><ul><li>Mara Lindqvist</li><li>Tobias Renner</li></ul>");
    expect(people.map((p) => [p.name, p.role_class])).toEqual([["Mara Lindqvist", "executive"], ["Tobias Renner", "executive"]]);
  });

  it("classifies the § 18 MStV person of a company as content responsible", () => {
    const gmbh = { ...emptyCompany, legal_name: "Vogler Medien GmbH", legal_form: "GmbH" };
    const people = run("<p>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV:<br>Hanna Vogler<br>Lindenweg 4<br>12345 Musterstadt</p>", "de", gmbh);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: "Hanna Vogler", first_name: "Hanna", last_name: "Vogler", role_class: "content_responsible" });
  });

  it("takes the only responsible person of an unincorporated business for its owner", () => {
    expect(run("<p>Verantwortlich nach § 18 MStV: Hanna Vogler</p>")[0]?.role_class).toBe("owner");
  });

  it("reads who runs the business from running text", () => {
    const people = run("<p>Studio Lotus (operated by Jane Harlow) is committed to your privacy.</p>", "en");
    expect(people.map((p) => [p.name, p.role_class])).toEqual([["Jane Harlow", "owner"]]);
    expect(names("<p>Hallo, ich bin Mila Stern, Inhaberin und Floristin aus Leidenschaft.</p>")).toEqual(["Mila Stern"]);
    expect(names("<p>Ich bin Kai Lorenz und war begeisterter Kunde.</p>")).toEqual([]);
    const club = run("<p>Ruderclub Nord (nicht-rechtsfähiger Verein) vertr. d. d. Altherrenvorstand Jan Kolbe Uferweg 3</p>");
    expect(club.map((p) => [p.name, p.role_class])).toEqual([["Jan Kolbe", "executive"]]);
  });

  it("merges the owner seen as Inhaber and as § 18 person into one owner", () => {
    const people = run("<p>Inhaber: Felix Amsel</p><p>Verantwortlich i.S.d. § 18 Abs. 2 MStV: Felix Amsel</p>");
    expect(people).toHaveLength(1);
    expect(people[0]?.role_class).toBe("owner");
  });

  it("derives the class of 'vertreten durch' from the legal form", () => {
    const sole = run("<p>Malerbetrieb Kranz</p><p>Vertreten durch:</p><p>Otto Kranz</p>");
    expect(sole[0]?.role_class).toBe("owner");
    const club = run("<p>Schachfreunde Nord e.V.</p><p>Vertreten durch: Greta Olsen</p>");
    expect(club[0]?.role_class).toBe("executive");
  });

  it("reads French, Dutch, Spanish and Italian imprint roles", () => {
    expect(run("<p>Gérant : Julien Moreau</p>", "fr")[0]?.role_class).toBe("managing_director");
    expect(run("<p>Gérante : Mme Sophie LEFÈVRE</p>", "fr")[0]).toMatchObject({ name: "Sophie Lefèvre", last_name: "Lefèvre" });
    expect(run("<p>Company Director: Owen Price</p>", "en")[0]?.role_class).toBe("managing_director");
    const sarl = { ...emptyCompany, legal_form: "SARL" };
    expect(run("<p>Directeur de la publication : Claire Dubois</p>", "fr", sarl)[0]?.role_class).toBe("content_responsible");
    expect(run("<p>Bestuurder: Pieter van Dijk</p>", "nl")[0]).toMatchObject({ name: "Pieter van Dijk", last_name: "van Dijk" });
    expect(run("<p>Administrador único: Lucía Fernández</p>", "es")[0]?.role_class).toBe("managing_director");
    expect(run("<p>Amministratore unico: Marco Bellini</p>", "it")[0]?.role_class).toBe("managing_director");
  });

  it("ignores photo credits, web agencies and authorities", () => {
    const body = `<p>Geschäftsführer: Lena Storm</p>
      <p>Bildnachweis: Peter Lichtbild, Anna Kamera</p><p>Fotos: Jan Blitz</p>
      <p>Webdesign &amp; Umsetzung: Kai Pixel</p><p>Konzept &amp; Design</p><p>Sven Raster</p>
      <p>© Mia Motiv / stock</p><p>Erstellt mit dem Generator von Rolf Recht</p>`;
    expect(names(body)).toEqual(["Lena Storm"]);
  });

  it("attaches an address printed under the name only when it carries the name", () => {
    const people = run("<p>Inhaberin: Edda Kranich<br>Tel. 0123 4567<br>E-Mail: info@example.test</p><h3>Datenschutzbeauftragter</h3><p>Paul Reiher<br>paul.reiher@example.test</p>");
    expect(people.map((p) => [p.name, p.email])).toEqual([["Edda Kranich", null], ["Paul Reiher", "paul.reiher@example.test"]]);
  });

  it("skips an external data-protection officer from another firm", () => {
    expect(names("<p>Datenschutzbeauftragter: Rolf Acker, Acker Datenschutz GmbH</p>")).toEqual([]);
    expect(names("<h3>Datenschutzbeauftragter</h3><p>Rolf Acker</p><p>Acker Datenschutz GmbH</p><p>Feldweg 1</p>")).toEqual([]);
    expect(names("<h3>Datenschutzbeauftragte</h3><p>Ute Sommer</p><p>dsb@example.test</p>")).toEqual(["Ute Sommer"]);
  });
});
