import { describe, expect, it } from "vitest";
import { extractCompany } from "../index.ts";
import { page } from "./fixtures/page.ts";

const name = (pages: ReturnType<typeof page>[], domain: string) => extractCompany(pages, { domain }).company.name;
const imprint = (domain: string, operator: string) =>
  page(domain, "impressum.html", `<h1>Impressum</h1><p>${operator}<br>Lindenweg 7<br>72070 Tübingen</p><p>Telefon: 07071 123456</p>`, "<title>Impressum</title>");

describe("trading name spelled out by the imprint", () => {
  it("takes the imprint's fuller name when it contains the short logo brand", () => {
    const home = page("nordwind-tue.de", "", `<header><a href="/"><img src="logo.svg" alt="NORDWIND"></a></header><p>Frische Brote</p>`, "<title>NORDWIND - Brot und Kuchen</title>");
    expect(name([home, imprint("nordwind-tue.de", "NORDWIND Landbäckerei")], "nordwind-tue.de")).toBe("NORDWIND Landbäckerei");
  });

  it("does not let a host name in every title stand for the business", () => {
    const pages = [
      page("tue-brot.de", "", `<header><img src="logo.svg" alt="Brotzeit"></header>`, "<title>tue-brot.de</title>"),
      page("tue-brot.de", "kontakt.html", "<p>x</p>", "<title>Kontakt – tue-brot.de</title>"),
      imprint("tue-brot.de", "Tübinger Brotzeit Laden"),
    ];
    expect(name(pages, "tue-brot.de")).toBe("Tübinger Brotzeit Laden");
  });

  it("keeps the brand when the imprint names someone else", () => {
    const home = page("nordwind-tue.de", "", `<header><img src="logo.svg" alt="NORDWIND"></header>`, "<title>NORDWIND</title><meta property=\"og:site_name\" content=\"NORDWIND\">");
    expect(name([home, imprint("nordwind-tue.de", "Petra Sommer")], "nordwind-tue.de")).toBe("NORDWIND");
  });
});
