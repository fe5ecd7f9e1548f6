import { describe, expect, it } from "vitest";
import { extractCompany } from "../index.ts";
import { page } from "./fixtures/page.ts";

const imprint = (block: string) =>
  page("holzbau-quast.example", "impressum/", `<h1>Impressum</h1><p>${block}<br>Lindenweg 4<br>34567 Felsberg</p>`, "<title>Impressum | Holzbau Quast</title>");

describe("legal name broken over two lines", () => {
  it("joins a name line with the lone legal form below it", () => {
    const { company } = extractCompany([imprint("Holzbau Quast<br>GmbH &amp; Co. KG")], { domain: "holzbau-quast.example" });
    expect(company.legal_name).toBe("Holzbau Quast GmbH & Co. KG");
    expect(company.legal_form).toBe("GmbH & Co. KG");
  });

  it("does not join the general partner named under a partner label", () => {
    const block = "Holzbau Quast GmbH &amp; Co. KG<br>Persönlich haftende Gesellschafterin:<br>Quast Verwaltungs<br>GmbH";
    const { company } = extractCompany([imprint(block)], { domain: "holzbau-quast.example" });
    expect(company.legal_name).toBe("Holzbau Quast GmbH & Co. KG");
  });
});
