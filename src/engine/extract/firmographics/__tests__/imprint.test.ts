import { describe, expect, it } from "vitest";
import { extractCompany } from "../index.ts";
import { page } from "./fixtures/page.ts";

describe("extractCompany on imprint pages", () => {
  it("reads a German § 5 DDG block of a GmbH & Co. KG", () => {
    const imprint = page("holzbau-brenner.de", "impressum/", `
      <h1>Impressum</h1>
      <p>Angaben gemäß § 5 DDG</p>
      <p>Holzbau Brenner GmbH &amp; Co. KG<br>Lindenweg 7<br>72574 Bad Urach</p>
      <p>Telefon: +49 (0) 7125 93 44-0<br>Telefax: +49 (0) 7125 93 44-19<br>E-Mail: info@holzbau-brenner.de</p>
      <p>Persönlich haftende Gesellschafterin: Brenner Verwaltungs GmbH</p>
      <p>Registergericht: Amtsgericht Stuttgart HRA 73312 (KG), HRB 77001 (Verwaltungs-GmbH)</p>
      <p>Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG: DE 298 765 432</p>
      <p>Webdesign: Pixelwerk Agentur GmbH, hallo@pixelwerk-agentur.de</p>`);
    const home = page("holzbau-brenner.de", "", `<header><img class="logo" alt="Holzbau Brenner"></header>
      <footer>Holzbau Brenner · Tel. 07125 93440</footer>`, "<title>Holzbau Brenner – Zimmerei in Bad Urach</title>");
    const { company } = extractCompany([home, imprint], { domain: "holzbau-brenner.de" });
    expect(company.legal_name).toBe("Holzbau Brenner GmbH & Co. KG");
    expect(company.legal_form).toBe("GmbH & Co. KG");
    expect(company).toMatchObject({ street: "Lindenweg 7", postal_code: "72574", city: "Bad Urach", country: "DE" });
    expect(company.phones).toEqual(["+49 7125 93440"]);
    expect(company.fax).toBe("+49 7125 934419");
    expect(company.emails).toEqual(["info@holzbau-brenner.de"]);
    expect(company.vat_id).toBe("DE298765432");
    expect(company.register).toEqual({ court: "Amtsgericht Stuttgart", number: "HRA 73312" });
    expect(company.name).toBe("Holzbau Brenner");
  });

  it("reads an English legal notice of a UK limited company", () => {
    const notice = page("harbourline.co.uk", "legal-notice.html", `
      <h1>Legal notice</h1>
      <p>Harbourline Logistics Ltd is a company registered in England and Wales, company number 08812345.</p>
      <p>Registered office: Unit 4 Quayside Park, Dock Road, Bristol BS1 6QR</p>
      <p>VAT registration number: GB 287 6543 12</p>
      <p>Phone: 0117 496 0123</p>`);
    const { company } = extractCompany([notice], { domain: "harbourline.co.uk" });
    expect(company.legal_name).toBe("Harbourline Logistics Ltd");
    expect(company.legal_form).toBe("Ltd");
    expect(company.register).toEqual({ court: "Companies House (England and Wales)", number: "08812345" });
    expect(company.vat_id).toBe("GB287654312");
    expect(company).toMatchObject({ postal_code: "BS1 6QR", city: "Bristol", country: "GB" });
    expect(company.phones).toEqual(["+44 117 496 0123"]);
  });

  it("reads French mentions légales of a SARL", () => {
    const mentions = page("boulangerie-morel.fr", "mentions-legales/", `
      <h1>Mentions légales</h1>
      <p>Boulangerie Morel SARL<br>12 rue des Tanneurs<br>67000 Strasbourg</p>
      <p>Tél : 03 88 52 71 09</p>
      <p>RCS Strasbourg B 512 345 678</p>
      <p>TVA intracommunautaire : FR 45 512345678</p>`, '<meta property="og:site_name" content="Boulangerie Morel">');
    const { company } = extractCompany([mentions], { domain: "boulangerie-morel.fr" });
    expect(company.legal_name).toBe("Boulangerie Morel SARL");
    expect(company.legal_form).toBe("SARL");
    expect(company).toMatchObject({ street: "12 rue des Tanneurs", postal_code: "67000", city: "Strasbourg", country: "FR" });
    expect(company.phones).toEqual(["+33 3 88 52 71 09"]);
    expect(company.register).toEqual({ court: "RCS Strasbourg", number: "512 345 678" });
    expect(company.vat_id).toBe("FR45512345678");
    expect(company.name).toBe("Boulangerie Morel");
  });

  it("reads a Dutch colofon of a B.V.", () => {
    const colofon = page("tuinbouw-devries.nl", "colofon.html", `
      <h2>Colofon</h2>
      <p>Tuinbouw De Vries B.V.<br>Kerkstraat 12<br>2671 AB Naaldwijk</p>
      <p>KvK-nummer: 27123456</p><p>BTW-nummer: NL812345678B01</p>`);
    const { company } = extractCompany([colofon], { domain: "tuinbouw-devries.nl" });
    expect(company.legal_name).toBe("Tuinbouw De Vries B.V.");
    expect(company.legal_form).toBe("B.V.");
    expect(company).toMatchObject({ postal_code: "2671 AB", city: "Naaldwijk", country: "NL" });
    expect(company.register).toEqual({ court: "KvK", number: "27123456" });
    expect(company.vat_id).toBe("NL812345678B01");
  });

  it("reads a Spanish aviso legal and an Italian note legali", () => {
    const es = page("talleres-ruiz.es", "aviso-legal/", `<h1>Aviso legal</h1>
      <p>Talleres Ruiz S.L.<br>Calle Mayor 15<br>28013 Madrid</p><p>CIF: B12345674</p><p>Teléfono: 915 230 417</p>`);
    const it_ = page("ottica-bianchi.it", "note-legali/", `<h1>Note legali</h1>
      <p>Ottica Bianchi S.r.l.<br>Via Roma 21<br>20121 Milano</p><p>Partita IVA 07234561890</p><p>REA MI-1834567</p>`);
    const spanish = extractCompany([es], { domain: "talleres-ruiz.es" }).company;
    expect(spanish).toMatchObject({ legal_name: "Talleres Ruiz S.L.", legal_form: "S.L.", postal_code: "28013", city: "Madrid", country: "ES", vat_id: "B12345674" });
    expect(spanish.phones).toEqual(["+34 915 23 04 17"]);
    const italian = extractCompany([it_], { domain: "ottica-bianchi.it" }).company;
    expect(italian).toMatchObject({ legal_name: "Ottica Bianchi S.r.l.", legal_form: "S.r.l.", street: "Via Roma 21", city: "Milano", country: "IT", vat_id: "07234561890" });
    expect(italian.register?.number).toBe("MI-1834567");
  });

  it("keeps placeholders and missing data as null", () => {
    const imprint = page("gebaeudeservice-kaiser.de", "impressum.html", `<h1>Impressum</h1>
      <p>Gebäudeservice Kaiser GmbH<br>Talstraße 3<br>70173 Stuttgart</p>
      <p>Hinweis: Bitte ergänzen Sie hier Registergericht, Registernummer und USt-ID.</p>
      <p>© 2019 Gebäudeservice Kaiser · Relaunch 2018</p>`);
    const { company } = extractCompany([imprint], { domain: "gebaeudeservice-kaiser.de" });
    expect(company.register).toBeNull();
    expect(company.vat_id).toBeNull();
    expect(company.founded).toBeNull();
    expect(company.phones).toEqual([]);
  });

  it("prefers the operator line of an imprint for a sole trader without legal form", () => {
    const imprint = page("malerei-haas.de", "impressum/", `<h1>Impressum</h1><p>Angaben gemäß § 5 TMG</p>
      <p>Malerei Haas<br>Inhaber: Jonas Haas<br>Mühlgasse 4<br>89073 Ulm</p>`);
    const { company } = extractCompany([imprint], { domain: "malerei-haas.de" });
    expect(company.legal_name).toBe("Malerei Haas");
    expect(company.legal_form).toBeNull();
  });

  it("falls back to the controller named in a privacy policy", () => {
    const privacy = page("polster-ritter.de", "datenschutz/", `<h2>Hinweis zur verantwortlichen Stelle</h2>
      <p>Die verantwortliche Stelle für die Datenverarbeitung auf dieser Website ist:</p>
      <p>Polsterei Ritter<br>Gartenstraße 9<br>04109 Leipzig</p>`);
    expect(extractCompany([privacy], { domain: "polster-ritter.de" }).company.legal_name).toBe("Polsterei Ritter");
  });

  it("reads the entity of a 'company registered in England and Wales' sentence", () => {
    const about = page("oakfield-books.co.uk", "about.html", `<p>Oakfield Bookkeeping is a company registered in England and Wales (company registration no: 12345670).</p>`);
    const { company } = extractCompany([about], { domain: "oakfield-books.co.uk" });
    expect(company.legal_name).toBe("Oakfield Bookkeeping");
    expect(company.legal_form).toBeNull();
    expect(company.register).toEqual({ court: "Companies House (England and Wales)", number: "12345670" });
  });
});
