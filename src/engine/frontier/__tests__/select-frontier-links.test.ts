import { describe, expect, it } from "vitest";
import { selectFrontierLinks } from "../select-frontier-links.ts";

const site = "https://www.example-bau.de/";
const link = (url: string, text = "", pageUrl = "https://www.example-bau.de/") => ({ url, text, pageUrl });

describe("selectFrontierLinks", () => {
  it("keeps one lead per other company's registrable domain, with the linking page as provenance", () => {
    const leads = selectFrontierLinks([
      link("https://www.partner-gmbh.de/leistungen/", "Müller GmbH"),
      link("https://partner-gmbh.de/kontakt", "Kontakt"),
      link("https://shop.partner-gmbh.de/", "Shop"),
    ], site);
    expect(leads).toEqual([{ domain: "partner-gmbh.de", website: "https://www.partner-gmbh.de/", linkedFrom: "https://www.example-bau.de/", linkText: "Müller GmbH", relation: "other" }]);
  });

  it("drops the site itself, platforms, public bodies, files, IP addresses and non-web links", () => {
    const leads = selectFrontierLinks([
      link("https://blog.example-bau.de/"),
      link("https://www.facebook.com/examplebau"),
      link("https://maps.google.de/?q=x"),
      link("https://www.arbeitsagentur.bund.de/"),
      link("https://www.service.gov.uk/"),
      link("https://supplier.example.com/catalogue.pdf"),
      link("http://192.168.1.10/"),
      link("http://intranet/"),
      link("mailto:info@other.de"),
      link("https://user:pw@other-company.de/"),
    ], site);
    expect(leads).toEqual([]);
  });

  it("ranks links on partner, customer and membership pages before other links", () => {
    const leads = selectFrontierLinks([
      link("https://webdesign-agentur.de/", "Webdesign"),
      link("https://dachdecker-meier.de/", "Dachdecker Meier", "https://www.example-bau.de/partner/"),
      link("https://kunde-ag.de/", "Referenz: Kunde AG"),
      link("https://webdesign-agentur.de/", "Unser Partner", "https://www.example-bau.de/netzwerk"),
    ], site);
    expect(leads.map((l) => [l.domain, l.relation])).toEqual([
      ["webdesign-agentur.de", "peer"],
      ["dachdecker-meier.de", "peer"],
      ["kunde-ag.de", "peer"],
    ]);
    expect(leads[0].linkedFrom).toBe("https://www.example-bau.de/netzwerk");
  });

  it("does not read 'partner' in the linking site's host name as a peer page", () => {
    const [lead] = selectFrontierLinks([link("https://other-firm.de/", "", "https://www.partner-bau.de/")], "https://www.partner-bau.de/");
    expect(lead.relation).toBe("other");
  });

  it("keeps at most 40 leads from one site", () => {
    const many = Array.from({ length: 100 }, (_, i) => link(`https://company-${i}.de/`));
    expect(selectFrontierLinks(many, site)).toHaveLength(40);
  });
});
