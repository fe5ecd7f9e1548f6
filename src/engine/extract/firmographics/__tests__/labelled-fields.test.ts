import { describe, expect, it } from "vitest";
import { labelledFields } from "../labelled-fields.ts";
import { isPlaceholderNumber, isPlaceholderText } from "../placeholder-value.ts";
import { extractCompany } from "../index.ts";
import { page } from "./fixtures/page.ts";

describe("labelled fields of legal notices", () => {
  it("splits a footer line into its fields and reads identifiers printed without a colon", () => {
    const fields = labelledFields(["KvK-nummer: 61427389 · BTW-nummer: NL853920417B01", "USt-IdNr. gemäß § 27a UStG: DE 281 447 903", "P.IVA 05813920963"]);
    expect(fields.map((f) => [f.kind, f.value])).toEqual([
      ["register_number", "61427389"],
      ["vat_id", "NL853920417B01"],
      ["vat_id", "DE 281 447 903"],
      ["vat_id", "05813920963"],
    ]);
  });

  it("takes the next line for a label standing alone, but not when that line is a field itself", () => {
    const fields = labelledFields(["Raison sociale", "Atelier Morel SARL", "Handelsregister", "Registernummer: HRB 48213"]);
    expect(fields.map((f) => [f.kind, f.value])).toEqual([
      ["legal_name", "Atelier Morel SARL"],
      ["register_number", "HRB 48213"],
    ]);
  });

  it("does not read a label word inside prose or inside another word", () => {
    expect(labelledFields(["Unsere Firma ist seit 1990 in Ulm tätig", "Die Firmierung wurde geändert", "Advantage of our company"])).toEqual([]);
  });
});

describe("placeholders", () => {
  it.each(["[Ust-IdNr eintragen]", "— bitte eintragen, falls vorhanden —", "Musterfirma GmbH", "xxx", "folgt", "n/a"])("%s is a placeholder", (text) => {
    expect(isPlaceholderText(text)).toBe(true);
  });
  it.each(["DE123456789", "HRB 12345", "0000000", "IT01234567890"])("%s is a placeholder number", (text) => {
    expect(isPlaceholderNumber(text)).toBe(true);
  });
  it("keeps real values", () => {
    expect(isPlaceholderText("Bäckerei Lindner GmbH")).toBe(false);
    expect(isPlaceholderNumber("DE281447903")).toBe(false);
  });
});

describe("company facts from labelled imprints", () => {
  it("reads a Spanish aviso legal whose legal name shares nothing with the brand", () => {
    const notice = page("boxgimnasio.es", "aviso-legal.html", `<h1>Aviso legal</h1>
      <p>Denominación social: NORTE &amp; SUR DEPORTE SL<br>Nombre comercial: BoxGimnasio<br>CIF: B71843205<br>
      Domicilio: Calle Alta 4, 50800 Zuera</p><p>Las condiciones se publican en el sitio web de NORTE &amp; SUR DEPORTE SL.</p>`);
    const { company, observations } = extractCompany([notice], { domain: "boxgimnasio.es" });
    expect(company).toMatchObject({ legal_name: "NORTE & SUR DEPORTE SL", legal_form: "S.L.", vat_id: "B71843205" });
    expect(company.sources?.legal_name).toMatchObject({ sourceUrl: notice.url, method: "labelled_field" });
    expect(observations.some((o) => o.field === "name" && o.value === "BoxGimnasio" && o.method === "labelled_field")).toBe(true);
  });

  it("joins an owner field with a legal form stated in its own field", () => {
    const notice = page("morel-atelier.fr", "mentions-legales.html", `<h1>Mentions légales</h1>
      <p>Propriétaire : Atelier Morel – 12 rue des Lilas, 38000 Grenoble</p><p>Forme juridique : Société par actions simplifiée</p>`);
    const { company } = extractCompany([notice], { domain: "morel-atelier.fr" });
    expect(company).toMatchObject({ legal_name: "Atelier Morel SAS", legal_form: "SAS" });
  });

  it("reads the register and court from separate labelled lines and rejects a template VAT id", () => {
    const imprint = page("elektro-kranz.de", "impressum/", `<h1>Impressum</h1><p>Elektro Kranz GmbH<br>Talweg 3<br>89073 Ulm</p>
      <p>Handelsregister</p><p>Handelsregisternummer: HRB 731902</p><p>Registergericht: Amtsgericht Ulm</p>
      <p>Umsatzsteuer-ID: DE123456789</p>`);
    const { company } = extractCompany([imprint], { domain: "elektro-kranz.de" });
    expect(company.register).toEqual({ court: "Amtsgericht Ulm", number: "HRB 731902" });
    expect(company.vat_id).toBeNull();
  });

  it("names the entity behind a brand from a trading-name sentence, but not a service's operator in a privacy policy", () => {
    const terms = page("harbour-law.co.uk", "terms.html", `<p>Harbour Law is a trading name of Quayle Benton &amp; Price LLP, registered number OC412873.</p>`);
    const privacy = page("harbour-law.co.uk", "privacy.html", `<p>Der Messenger wird betrieben von Chatwave Europe Limited, Dublin.</p>`);
    const { company } = extractCompany([terms, privacy], { domain: "harbour-law.co.uk" });
    expect(company).toMatchObject({ legal_name: "Quayle Benton & Price LLP", legal_form: "LLP" });
    expect(company.register?.number).toBe("OC412873");
  });
});
