import { describe, expect, it } from "vitest";
import { extractCompany } from "../index.ts";
import { page } from "./fixtures/page.ts";

const localBusiness = {
  "@context": "https://schema.org",
  "@graph": [
    { "@type": "WebSite", name: "Seeblick Physio – Startseite" },
    {
      "@type": ["LocalBusiness", "Physiotherapy"],
      name: "Seeblick Physio",
      legalName: "Seeblick Physiotherapie GmbH",
      telephone: "+49 8821 730 55 0",
      faxNumber: "+49 8821 730 55 9",
      email: "mailto:praxis@seeblick-physio.de",
      foundingDate: "2009-04-01",
      address: { "@type": "PostalAddress", streetAddress: "Seestraße 12", postalCode: "82467", addressLocality: "Garmisch-Partenkirchen", addressCountry: "DE" },
      sameAs: ["https://www.instagram.com/seeblick.physio/", "https://www.seeblick-physio.de/partner"],
    },
  ],
};

describe("structured data", () => {
  it("takes name, legal name, address, contact, founding year and profiles from JSON-LD", () => {
    const home = page("seeblick-physio.de", "", "<p>Willkommen</p>", `<script type="application/ld+json">${JSON.stringify(localBusiness)}</script>`);
    const { company, observations } = extractCompany([home], { domain: "seeblick-physio.de" });
    expect(company).toMatchObject({
      name: "Seeblick Physio",
      legal_name: "Seeblick Physiotherapie GmbH",
      legal_form: "GmbH",
      street: "Seestraße 12",
      postal_code: "82467",
      city: "Garmisch-Partenkirchen",
      country: "DE",
      fax: "+49 8821 730559",
      founded: 2009,
    });
    expect(company.phones).toEqual(["+49 8821 730550"]);
    expect(company.emails).toEqual(["praxis@seeblick-physio.de"]);
    expect(company.socials).toEqual(["https://www.instagram.com/seeblick.physio/"]);
    expect(observations.some((o) => o.field === "address" && o.method === "json_ld")).toBe(true);
  });

  it("survives a broken JSON-LD block", () => {
    const home = page("x-beispiel.de", "", "<p>Hallo</p>", `<script type="application/ld+json">{ "@type": "Organization", </script>`);
    expect(() => extractCompany([home], { domain: "x-beispiel.de" })).not.toThrow();
  });

  it("reads a microdata PostalAddress", () => {
    const contact = page("glaserei-ott.at", "kontakt/", `
      <div itemscope itemtype="https://schema.org/LocalBusiness">
        <span itemprop="name">Glaserei Ott</span>
        <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
          <span itemprop="streetAddress">Hauptplatz 3</span>,
          <span itemprop="postalCode">4020</span> <span itemprop="addressLocality">Linz</span>
        </div>
      </div>`);
    const { company } = extractCompany([contact], { domain: "glaserei-ott.at" });
    expect(company).toMatchObject({ street: "Hauptplatz 3", postal_code: "4020", city: "Linz", country: "AT" });
  });

  it("reads Open Graph business contact data", () => {
    const home = page("northbeam.ca", "", "<p>Hi</p>", `
      <meta property="business:contact_data:street_address" content="#210 - 55 Water St">
      <meta property="business:contact_data:locality" content="Vancouver, BC">
      <meta property="business:contact_data:postal_code" content="V6B 1A1">
      <meta property="business:contact_data:country_name" content="Canada">`);
    const { company } = extractCompany([home], { domain: "northbeam.ca" });
    expect(company).toMatchObject({ street: "#210 - 55 Water St", postal_code: "V6B 1A1", city: "Vancouver", region: "BC", country: "CA" });
  });

  it("reads HTML-entity encoded umlauts as the decoded letters", () => {
    const imprint = page("baeckerei-jaeger.de", "impressum.html", `<h1>Impressum</h1>
      <p>B&auml;ckerei J&auml;ger e.K.<br>Gr&uuml;ner Weg 5<br>80331 M&uuml;nchen</p>`);
    const { company } = extractCompany([imprint], { domain: "baeckerei-jaeger.de" });
    expect(company).toMatchObject({ legal_name: "Bäckerei Jäger e.K.", legal_form: "e.K.", street: "Grüner Weg 5", city: "München" });
  });

  it("reads a one-line footer address with middle dots and a US footer", () => {
    const de = page("elektro-maier.de", "", `<footer>Elektro Maier · Hauptstraße 12 · 73728 Esslingen · Tel. 0711 3512 880</footer>`);
    expect(extractCompany([de], { domain: "elektro-maier.de" }).company).toMatchObject({ street: "Hauptstraße 12", postal_code: "73728", city: "Esslingen", country: "DE" });
    const us = page("blueoakdental.com", "", `<footer><p>2100 Elm Street, Suite 4, Austin, TX 78701</p><p>Call us: (512) 482-9100</p>
      <p>&copy; 2024 Blue Oak Dental PLLC</p></footer>`, "<title>Blue Oak Dental - Family Dentist in Austin</title>");
    const company = extractCompany([us], { domain: "blueoakdental.com" }).company;
    expect(company).toMatchObject({ name: "Blue Oak Dental", legal_name: "Blue Oak Dental PLLC", legal_form: "PLLC", city: "Austin", region: "TX", country: "US" });
    expect(company.phones).toEqual(["+1 512 482 9100"]);
  });

  it("joins address lines that end in a comma (Indian style)", () => {
    const contact = page("labs-example.in", "contact-us/", `<p>Innovation Hub, Tech Park Campus,<br>12/B Outer Ring,<br>Sarjapur Road, Bengaluru – 560103</p>`);
    expect(extractCompany([contact], { domain: "labs-example.in" }).company).toMatchObject({
      street: "Innovation Hub, Tech Park Campus, 12/B Outer Ring, Sarjapur Road",
      postal_code: "560103",
      city: "Bengaluru",
      country: "IN",
    });
  });

  it("keeps umlauts that the fetcher already decoded from a windows-1252 page", () => {
    const imprint = page("schlosserei-koehler.de", "impressum.htm", `<h1>Impressum</h1>
      <p>Schlosserei Köhler GmbH<br>Große Straße 5<br>D-01067 Dresden</p><p>Telefon: 0351 / 48 20 15-0</p>`);
    const { company } = extractCompany([imprint], { domain: "schlosserei-koehler.de" });
    expect(company).toMatchObject({ legal_name: "Schlosserei Köhler GmbH", street: "Große Straße 5", postal_code: "01067", city: "Dresden", country: "DE" });
    expect(company.phones).toEqual(["+49 351 4820150"]);
  });
});
