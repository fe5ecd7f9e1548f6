import { describe, expect, it } from "vitest";
import { extractCompany } from "../index.ts";
import { page } from "./fixtures/page.ts";

const DOMAIN = "nordlicht-werkzeug.de";

const imprint = page(
  DOMAIN,
  "impressum",
  `<h1>Impressum</h1>
   <p>Nordlicht Werkzeugbau GmbH<br>Hafenstraße 12<br>24103 Kiel</p>
   <p>Telefon: 0431 123456<br>E-Mail: info@nordlicht-werkzeug.de</p>
   <p>Registergericht: Amtsgericht Kiel<br>Registernummer: HRB 12845</p>
   <p>USt-IdNr.: DE136695976</p>`,
  "<title>Impressum | Nordlicht</title>",
);

const home = page(
  DOMAIN,
  "",
  `<h1>Werkzeugbau aus Kiel</h1><p>Wir fertigen Stanzwerkzeuge und Vorrichtungen für die Industrie seit vielen Jahren.</p>
   <footer><a href="/impressum">Impressum</a></footer>`,
  `<title>Nordlicht – Werkzeugbau</title><meta property="og:site_name" content="Nordlicht">`,
);

describe("per-fact sources of a company", () => {
  const { company } = extractCompany([home, imprint], { domain: DOMAIN });

  it("reports the imprint as the source of the legal facts read there", () => {
    expect(company.legal_name).toBe("Nordlicht Werkzeugbau GmbH");
    expect(company.sources?.legal_name).toMatchObject({ sourceUrl: imprint.url, method: "imprint_text" });
    expect(company.sources?.legal_form).toEqual(company.sources?.legal_name);
    expect(company.register?.number).toBe("HRB 12845");
    expect(company.sources?.register?.sourceUrl).toBe(imprint.url);
    expect(company.vat_id).toBe("DE136695976");
    expect(company.sources?.vat_id?.sourceUrl).toBe(imprint.url);
  });

  it("gives the address parts and contact lists the page they were read on", () => {
    expect(company.city).toBe("Kiel");
    for (const field of ["street", "postal_code", "city"] as const) expect(company.sources?.[field]?.sourceUrl).toBe(imprint.url);
    expect(company.phones[0]).toBe("+49 431 123456");
    expect(company.sources?.phones?.sourceUrl).toBe(imprint.url);
    expect(company.sources?.emails?.sourceUrl).toBe(imprint.url);
  });

  it("marks a country the address does not state as inferred from the site", () => {
    expect(company.country).toBe("DE");
    expect(company.sources?.country).toMatchObject({ method: "inferred", sourceUrl: home.url });
  });

  it("has a source for every fact it states and none for a fact it lacks", () => {
    expect(company.sources?.name?.sourceUrl).toMatch(/^https:\/\/nordlicht-werkzeug\.de\//);
    expect(company.fax).toBeNull();
    expect(company.sources?.fax).toBeUndefined();
    const stated = Object.entries(company).filter(([key, value]) => key !== "sources" && value !== null && !(Array.isArray(value) && value.length === 0));
    for (const [key] of stated) expect(company.sources, key).toHaveProperty(key);
  });
});
