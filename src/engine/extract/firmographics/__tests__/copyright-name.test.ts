import { describe, expect, it } from "vitest";
import { casedCopyrightLine } from "../legal-form.ts";
import { extractCompany } from "../index.ts";
import { page } from "./fixtures/page.ts";

describe("lower-case copyright lines", () => {
  it("capitalises the words and restores the legal form of a styled copyright line", () => {
    expect(casedCopyrightLine("© 2024 lindgren studio, inc.")).toBe("© 2024 Lindgren Studio, Inc.");
    expect(casedCopyrightLine("copyright holzwerk ostermann gmbh")).toBe("Copyright Holzwerk Ostermann GmbH");
    expect(casedCopyrightLine("(c) kleingartenfreunde nord e.v.")).toBe("(C) Kleingartenfreunde Nord e.V.");
  });

  it("leaves prose and properly cased lines alone", () => {
    expect(casedCopyrightLine("we work with every gmbh in town")).toBe("we work with every gmbh in town");
    expect(casedCopyrightLine("© 2024 Lindgren Studio")).toBe("© 2024 Lindgren Studio");
  });

  it("reads the legal entity from a lower-case footer copyright", () => {
    const footer = `<main><p>We build web apps.</p></main><footer><p>© <span></span> <a href="/">lindgren studio, inc.</a></p></footer>`;
    const home = page("lindgren.example", "", footer, `<title>Lindgren - Web apps</title><meta property="og:site_name" content="Lindgren">`);
    const { company } = extractCompany([home], { domain: "lindgren.example" });
    expect(company.legal_name).toBe("Lindgren Studio, Inc.");
    expect(company.legal_form).toBe("Inc");
  });
});
