import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkRows, guessMapping, isWebsite, parseCsv, toCsv } from "../../app/src/csv.ts";
import { normalizeWebsiteUrl } from "../../src/core/orders/validate-create-input.ts";
import { parsePrometheus, sumBy } from "../../app/src/metrics-text.ts";

describe("the dashboard's CSV handling", () => {
  it("parses quotes, doubled quotes, CRLF, semicolons and a BOM; drops blank lines", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\nz,\n')).toEqual([["a", "b"], ["x, y", 'say "hi"'], ["z", ""]]);
    expect(parseCsv("name;website\nA;a.de")).toEqual([["name", "website"], ["A", "a.de"]]);
    expect(parseCsv('a\n"multi\nline"')).toEqual([["a"], ["multi\nline"]]);
  });

  it("maps headers to order fields and flags each row the API would refuse", () => {
    const mapping = guessMapping(["Firma", "Homepage", "CRM ID", "Ort"]);
    expect(mapping).toEqual({ company_name: 0, website_url: 1, external_id: 2, city: 3, country: null });
    const rows = checkRows([["A", "a.de", "1", ""], ["", "", "2", "Ulm"], ["B", "not a site", "1", ""]], mapping);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(rows[0]).toEqual({ line: 2, company: { company_name: "A", website_url: "a.de", external_id: "1" }, errors: [] });
    expect(rows[1].errors).toEqual(["needs a company name or a website"]);
    expect(rows[2].errors).toEqual(['website "not a site" is not an http(s) URL or a domain name', "external_id 1 repeats line 2"]);
  });

  it("judges websites exactly as the API does", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.domain(), fc.constantFrom("ftp://a.de", "https://u:p@a.de", "localhost", "a.de.", "http://[::1]/")), (raw) => {
        expect(isWebsite(raw)).toBe(normalizeWebsiteUrl(raw) !== null);
      }),
      { numRuns: 500 },
    );
  });

  it("writes CSV that parses back to the same cells, with spreadsheet formulas neutralised", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 12 }).filter((s) => !/^[=+\-@\t\r]/.test(s)), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const parsed = parseCsv(toCsv(["h1", "h2"], rows));
        expect(parsed).toEqual([["h1", "h2"], ...rows].filter((r) => r.some((c) => c.trim() !== "")));
      }),
    );
    expect(toCsv(["a"], [["=HYPERLINK(1)"], [-3]])).toBe("a\r\n'=HYPERLINK(1)\r\n-3\r\n");
  });

  it("reads the Prometheus text of /metrics", () => {
    const samples = parsePrometheus('# HELP x y\nopenprospect_webhook_attempts{outcome="delivered"} 4\nopenprospect_webhook_attempts{outcome="failed"} 1\nopenprospect_jobs{task="a",state="created"} 2\n');
    expect(sumBy(samples, "openprospect_webhook_attempts", "outcome")).toEqual({ delivered: 4, failed: 1 });
    expect(samples).toHaveLength(3);
  });
});
