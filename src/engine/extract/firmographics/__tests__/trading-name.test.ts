import { describe, expect, it } from "vitest";
import { extractCompany } from "../index.ts";
import { page } from "./fixtures/page.ts";

const name = (pages: ReturnType<typeof page>[], domain: string) => extractCompany(pages, { domain }).company.name;

describe("trading name", () => {
  it("prefers og:site_name over slogans in titles", () => {
    const home = page("gaertnerei-sommer.de", "", "<p>Hallo</p>", `<title>Home - Blühende Gärten für alle</title><meta property="og:site_name" content="Gärtnerei Sommer">`);
    expect(name([home], "gaertnerei-sommer.de")).toBe("Gärtnerei Sommer");
  });

  it("takes the title segment shared by every page and drops ' - Home'", () => {
    const pages = [
      page("nordlicht-it.de", "", "<p>x</p>", "<title>Nordlicht IT - Home</title>"),
      page("nordlicht-it.de", "leistungen/", "<p>x</p>", "<title>Leistungen | Nordlicht IT</title>"),
      page("nordlicht-it.de", "kontakt/", "<p>x</p>", "<title>Kontakt | Nordlicht IT</title>"),
    ];
    expect(name(pages, "nordlicht-it.de")).toBe("Nordlicht IT");
  });

  it("drops Ltd/LLC from an English brand but keeps the German brand as the site writes it", () => {
    const en = page("copperkettle.co.uk", "", "<p>x</p>", "<title>Copper Kettle Catering Ltd | Event catering in Leeds</title>");
    expect(name([en], "copperkettle.co.uk")).toBe("Copper Kettle Catering");
    const de = page("roth-kaelte.de", "", `<header><a href="/"><img src="logo.svg" alt="Roth Kältetechnik GmbH"></a></header>`, "<title>Roth Kältetechnik GmbH | Klimaanlagen</title>");
    expect(name([de], "roth-kaelte.de")).toBe("Roth Kältetechnik GmbH");
  });

  it("reads the brand text next to the logo and ignores icon alts", () => {
    const home = page("weber-steuer.example", "", `<a href="index.html"><img src="logo.png" alt="Phone Icon"><h2>Weber & Partner Steuerberatung</h2></a>`);
    expect(name([home], "weber-steuer.example")).toBe("Weber & Partner Steuerberatung");
  });

  it("returns null rather than a job title when nothing names the site", () => {
    const job = page("institut-x.example", "careers/data-engineer/", "<p>x</p>", "<title>DATA ENGINEER</title>");
    const other = page("institut-x.example", "careers/", "<p>x</p>", "<title>Careers</title>");
    expect(name([job, other], "institut-x.example")).toBeNull();
  });

  it("does not let a generic '& Associates' dilute the brand's match with the domain", () => {
    const brand = `<a href="index.html"><img src="logo.png" alt=""><h2>Priya Kaur & Associates</h2></a>`;
    const pages = ["", "audit/", "payroll/", "tax/", "contact/"].map((path, i) =>
      page("priyakaur-tax.example", path, brand, `<title>${i === 0 ? "CA Priya Kaur" : path.replace("/", "")}</title>`));
    expect(name(pages, "priyakaur-tax.example")).toBe("Priya Kaur & Associates");
  });
});
