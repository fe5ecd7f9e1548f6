import { describe, expect, it } from "vitest";
import { companyNamesIn, legalFormOf, statedLegalForm, withoutLegalForm } from "../legal-form.ts";
import { registerEntries } from "../register-observations.ts";
import { extractCompany } from "../index.ts";
import { page } from "./fixtures/page.ts";

describe("legal forms", () => {
  it.each([
    ["Muster Bau GmbH & Co. KG", "GmbH & Co. KG"],
    ["Muster Bau GmbH & Co.KG", "GmbH & Co. KG"],
    ["Pflegedienst Sonne UG (haftungsbeschränkt)", "UG (haftungsbeschränkt)"],
    ["Kanzlei Roth PartG mbB", "PartG mbB"],
    ["Blumen Weber e.K.", "e.K."],
    ["Sportverein Blau-Weiß e.V.", "e.V."],
    ["Winzer eG", "eG"],
    ["Acme Widgets Ltd.", "Ltd"],
    ["Harbour Tiling Pty Ltd", "Pty Ltd"],
    ["Metallbau Kern GmbH u. Co. KG", "GmbH & Co. KG"],
    ["Fox & Pine, LLC", "LLC"],
    ["Maison Dupont SAS", "SAS"],
    ["Pflegedienst Sonne UG (haftungsbeschr.)", "UG (haftungsbeschränkt)"],
    ["Blumenladen Lorenz e. Kfr.", "e.K."],
    ["HARBOUR TILING LTD", "Ltd"],
    ["NORTHGATE JOINERY LIMITED", "Ltd"],
    ["HARBOUR TILING PTY LTD", "Pty Ltd"],
    ["Lakeside Robotics INC.", "Inc"],
    ["Grafisch Atelier B.V.", "B.V."],
    ["Muster Bau", null],
  ])("%s → %s", (name, form) => {
    expect(legalFormOf(name)).toBe(form);
  });

  it("finds names with a legal form inside sentences and drops the sentence around them", () => {
    expect(companyNamesIn("Seitenbetreiber i.S.d. § 5 TMG Holzbau Brenner GmbH")).toEqual(["Holzbau Brenner GmbH"]);
    expect(companyNamesIn("© 2024 Northwind Traders Inc. All rights reserved")).toEqual(["Northwind Traders Inc."]);
    expect(companyNamesIn("Ihr Team der Brenner GmbH")).toEqual(["Brenner GmbH"]);
    expect(companyNamesIn("Die AG Stuttgart ist zuständig")).toEqual([]);
    expect(companyNamesIn("Betreiber: Pflegedienst Sonne UG (haftungsbeschr.)")).toEqual(["Pflegedienst Sonne UG (haftungsbeschr.)"]);
    expect(companyNamesIn("Registered office of HARBOUR TILING LTD, Leeds")).toEqual(["HARBOUR TILING LTD"]);
  });

  it("strips the legal form for the trading name", () => {
    expect(withoutLegalForm("Holzbau Brenner GmbH & Co. KG")).toBe("Holzbau Brenner");
  });

  it("recognises legal forms stated in words", () => {
    expect(statedLegalForm("Rechtsform: Kommanditgesellschaft (GmbH & Co. KG)")).toBe("GmbH & Co. KG");
    expect(statedLegalForm("Wir sind ein nicht-rechtsfähiger Verein")).toBe("nicht rechtsfähiger Verein");
    expect(statedLegalForm("Are you a sole trader? We help sole traders.")).toBeNull();
    expect(statedLegalForm("Rechtsform: GmbH")).toBe("GmbH");
    expect(statedLegalForm("Rechtsform: Einzelunternehmen")).toBe("Einzelunternehmen");
    expect(statedLegalForm("Rechtsform: Gesellschaft mit beschränkter Haftung")).toBe("GmbH");
    expect(statedLegalForm("Rechtsform: eingetragener Kaufmann")).toBe("e.K.");
    expect(statedLegalForm("Die Rechtsform für die Höfe wurde weiterentwickelt")).toBeNull();
    expect(statedLegalForm("Steuern, Rechtsform, Buchhaltung")).toBeNull();
  });
});

describe("register entries", () => {
  it.each([
    ["Registergericht: Amtsgericht Ulm Registernummer: HRB 632024", { court: "Amtsgericht Ulm", number: "HRB 632024" }],
    ["Handelsregister: HRA 4772 AG Steinfurt", { court: "Amtsgericht Steinfurt", number: "HRA 4772" }],
    ["Vereinsregister: VR 35736B, Amtsgericht Berlin-Charlottenburg", { court: "Amtsgericht Berlin-Charlottenburg", number: "VR 35736B" }],
    ["Registergericht: Frankfurt am Main HRB 138157", { court: "Frankfurt am Main", number: "HRB 138157" }],
    ["Registergericht: AG Ulm, HRB-Nr. 7210", { court: "Amtsgericht Ulm", number: "HRB 7210" }],
    ["ZVR-Zahl: 1580789299", { court: null, number: "ZVR 1580789299" }],
    ["ABN 94 582 370 921", { court: "Australian Business Register (ABN)", number: "94 582 370 921" }],
    ["Firmenbuch: FN 123456a, Handelsgericht Wien", { court: "Handelsgericht Wien", number: "FN 123456a" }],
  ])("%s", (line, entry) => {
    expect(registerEntries(line, line)[0]).toEqual(entry);
  });

  it("does not read IBANs or tax numbers as register numbers", () => {
    expect(registerEntries("IBAN DE61 5455 0010 0193 8055 87", "")).toEqual([]);
    expect(registerEntries("Steuernummer: 053/116/03002", "")).toEqual([]);
  });

  it("reads VAT ids only next to a VAT label", () => {
    const imprint = page("beispiel-firma.de", "impressum/", `<h1>Impressum</h1>
      <p>IBAN DE89 3704 0044 0532 0130 00</p><p>USt-IdNr.: DE 287 654 312</p>`);
    expect(extractCompany([imprint], { domain: "beispiel-firma.de" }).company.vat_id).toBe("DE287654312");
    const swiss = page("beispiel.ch", "impressum/", `<h1>Impressum</h1><p>UID: CHE-305.118.550 MWST</p><p>Handelsregister des Kantons Zürich</p>`);
    const company = extractCompany([swiss], { domain: "beispiel.ch" }).company;
    expect(company.vat_id).toBe("CHE-305.118.550");
    expect(company.register).toEqual({ court: "Handelsregister des Kantons Zürich", number: "CHE-305.118.550" });
  });
});

describe("founding year", () => {
  const founded = (html: string) => extractCompany([page("firma-x.de", "", html)], { domain: "firma-x.de" }).company.founded;

  it.each([
    ["<p>Gegründet 1987 in Ulm.</p>", 1987],
    ["<p>Familienunternehmen seit 1993</p>", 1993],
    ["<p>Est. 1921 — quality since then</p>", 1921],
    ["<p>The practice was founded in 1998 by Dr. Lee.</p>", 1998],
  ])("%s", (html, year) => {
    expect(founded(html)).toBe(year);
  });

  it.each([
    ["<footer>© 2019 Firma X GmbH</footer>"],
    ["<p>2018 haben wir uns neu aufgestellt (Relaunch 2018).</p>"],
    ["<p>Seit 25 Jahren für Sie da.</p>"],
  ])("ignores %s", (html) => {
    expect(founded(html)).toBeNull();
  });
});

describe("imprint layouts of more countries", () => {
  it("knows community interest companies and Italian simplified limited companies", () => {
    expect(legalFormOf("Harbour Housing CIC")).toBe("CIC");
    expect(legalFormOf("Officina Rossi S.r.l.s.")).toBe("S.r.l.s.");
    expect(legalFormOf("Officina Rossi SRLS")).toBe("S.r.l.s.");
    expect(legalFormOf("Officina Rossi S.r.l.")).toBe("S.r.l.");
  });

  it("reads register numbers written across lines or with a typed zero", () => {
    expect(registerEntries("Registered no: 0C358891", "England and Wales")).toEqual([{ court: "Companies House (England and Wales)", number: "OC358891" }]);
    expect(registerEntries("KvK -nummer: 80798519 · BTW-nummer: NL861803802B01", "")).toEqual([{ court: "KvK", number: "80798519" }]);
    expect(registerEntries("SIREN : 908 479 975", "SIREN : 908 479 975 SIRET : 908 479 975 00025 RCS Libourne")).toEqual([{ court: "RCS Libourne", number: "908 479 975" }]);
  });
});

describe("legal notices in hidden dialogs and template placeholders", () => {
  it("reads an imprint kept in a hidden modal, not other hidden content", () => {
    const modal = `<a href="#" onclick="open()">Mentions légales</a><div id="modal-mentions" style="display:none"><h2>Mentions légales</h2>
      <p>SIREN : 908 111 222<br>RCS Lyon<br>N° TVA intracommunautaire : FR12908111222</p></div>`;
    const company = extractCompany([page("vigne-exemple.fr", "", modal)], { domain: "vigne-exemple.fr" }).company;
    expect(company.vat_id).toBe("FR12908111222");
    expect(company.register).toEqual({ court: "RCS Lyon", number: "908 111 222" });
    const stale = `<div style="display:none"><p>USt-IdNr.: DE 287 654 312</p></div>`;
    expect(extractCompany([page("beispiel-firma.de", "impressum/", stale)], { domain: "beispiel-firma.de" }).company.vat_id).toBeNull();
  });

  it("ignores template VAT ids such as DE123456789", () => {
    const imprint = page("beispiel-firma.de", "impressum/", "<h1>Impressum</h1><p>USt-IdNr.: DE123456789</p>");
    expect(extractCompany([imprint], { domain: "beispiel-firma.de" }).company.vat_id).toBeNull();
  });
});

describe("register numbers by country conventions", () => {
  it("takes a Companies House jurisdiction from the number's prefix when the text names none", () => {
    expect(registerEntries("Registered no: OC358891", "")).toEqual([{ court: "Companies House (England and Wales)", number: "OC358891" }]);
    expect(registerEntries("Company number: SC123456", "")).toEqual([{ court: "Companies House (Scotland)", number: "SC123456" }]);
    expect(registerEntries("Company number: NI612345", "")).toEqual([{ court: "Companies House (Northern Ireland)", number: "NI612345" }]);
  });

  it("reads a registered charity number in England and Wales, not in Scotland", () => {
    expect(registerEntries("Little Oaks Playgroup is a registered charity (no: 1012345) run by parents.", "")).toEqual([{ court: "Charity Commission (England and Wales)", number: "1012345" }]);
    expect(registerEntries("A registered charity (no: 1012345)", "Scottish charity regulator")).toEqual([]);
  });

  it("reads a French SIRET when labelled or alone on the owner line, only with a valid checksum", () => {
    // 73282932000074: a Luhn-valid SIRET; 73282932000075 is not.
    expect(registerEntries("SIRET : 732 829 320 00074", "")).toEqual([{ court: null, number: "73282932000074" }]);
    expect(registerEntries("Propriétaire : Atelier Exemple – 73282932000074 – 1 rue de la Paix - 75002 Paris", "")).toEqual([{ court: null, number: "73282932000074" }]);
    expect(registerEntries("Propriétaire : Atelier Exemple – 73282932000075 – 1 rue de la Paix", "")).toEqual([]);
    expect(registerEntries("Commande 73282932000074 expédiée", "")).toEqual([]);
  });
});
