import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordSiteExtraction } from "../../src/core/companies/record-site-extraction.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { extraction, job, person, tech } from "../support/companies-fixtures.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const record = (site: ReturnType<typeof extraction>, crawledAt: string, features?: string[]) =>
  recordSiteExtraction(t.db, { testMode: false, extraction: site, websiteUrl: `https://www.${site.domain}/`, crawledAt, features });

const company = (id: string) => t.db.selectFrom("companies").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describe("recordSiteExtraction", () => {
  it("creates a company with resolved columns, sources and provenance rows", async () => {
    const site = extraction("acme-one.de", { name: "Acme One GmbH", city: "Berlin", phones: ["+49301234"], register: { court: "Amtsgericht Berlin", number: "HRB 1" } });
    const { companyId } = await record(site, "2024-01-01T00:00:00Z");
    const row = await company(companyId);
    expect(row).toMatchObject({ domain: "acme-one.de", name: "Acme One GmbH", city: "Berlin", phone: "+49301234", register_number: "HRB 1", website: "https://www.acme-one.de/" });
    expect(row.sources).toMatchObject({
      name: { url: "https://acme-one.de/impressum", type: "website", method: "imprint_text", confidence: expect.closeTo(0.9, 5), observed_at: "2024-01-01T00:00:00.000Z" },
    });
    const observations = await t.db.selectFrom("company_observations").select(["field", "source_type"]).where("company_id", "=", companyId).execute();
    expect(observations.map((o) => o.field)).toEqual(expect.arrayContaining(["name", "raw.name", "raw.register", "website"]));
    expect(new Set(observations.map((o) => o.source_type))).toEqual(new Set(["website"]));
  });

  it("stores the NACE industry with its evidence and the page it was read from", async () => {
    const industry = {
      nace_section: "M", nace_division: "69", nace_code: "69.20", label: "Accounting, bookkeeping and auditing activities; tax consultancy", confidence: 0.8,
      evidence: [{ source_url: "https://stb-muster.de/impressum", method: "imprint_text" as const, text: "Steuerberaterkammer" }],
    };
    const observed = { field: "industry", value: { nace_section: "M", nace_division: "69" }, sourceUrl: "https://stb-muster.de/impressum", method: "imprint_text" as const, confidence: 0.8 };
    const base = extraction("stb-muster.de", { name: "StB Muster" });
    const sources = { ...base.company.sources, industry: { sourceUrl: "https://stb-muster.de/impressum", method: "imprint_text" as const, confidence: 0.8 } };
    const site = { ...base, company: { ...base.company, industry, sources } };
    site.observations = [...site.observations, observed];
    const row = await company((await record(site, "2024-01-01T00:00:00Z")).companyId);
    expect(row.industry).toEqual(industry);
    expect(row.sources).toMatchObject({ industry: { url: "https://stb-muster.de/impressum", method: "imprint_text", confidence: 0.8 } });
  });

  it("stores each column with the source the engine chose it from, never a raw observation that merely spells it alike", async () => {
    const site = extraction("acme-source.de", { legal_name: "Acme Source GmbH" });
    site.company.sources = { legal_name: { sourceUrl: "https://acme-source.de/impressum", method: "imprint_text", confidence: 0.7 } };
    // A stronger raw observation with the same words on another page is evidence of its own, not the column's source.
    site.observations.push({ field: "legal_name", value: "ACME SOURCE GMBH", sourceUrl: "https://acme-source.de/", method: "json_ld", confidence: 0.95 });
    const row = await company((await record(site, "2024-01-01T00:00:00Z")).companyId);
    expect(row.sources).toMatchObject({ legal_name: { url: "https://acme-source.de/impressum", method: "imprint_text", confidence: expect.closeTo(0.7, 5) } });
  });

  it("attributes a fact without an engine source to the website, weakly", async () => {
    const site = extraction("acme-unsourced.de", { city: "Köln" });
    site.company.sources = {};
    const row = await company((await record(site, "2024-01-01T00:00:00Z")).companyId);
    expect(row.sources).toMatchObject({ city: { url: "https://www.acme-unsourced.de/", method: "resolved", confidence: expect.closeTo(0.5, 5) } });
  });

  it("keeps every main phone number and email and the fax, with the first of each as phone and email", async () => {
    const site = extraction("acme-lists.de", { phones: ["+49301111", "+49170222"], fax: "+49301112", emails: ["info@acme-lists.de", "buero@acme-lists.de"] });
    const row = await company((await record(site, "2024-01-01T00:00:00Z")).companyId);
    expect(row).toMatchObject({ phone: "+49301111", phones: ["+49301111", "+49170222"], fax: "+49301112", email: "info@acme-lists.de", emails: ["info@acme-lists.de", "buero@acme-lists.de"] });
  });

  it("never lets weaker evidence overwrite stronger, keeps first_seen and lets equal evidence that is newer win", async () => {
    const { companyId } = await record(extraction("acme-two.de", { name: "Acme Two GmbH", city: "Köln" }, {}, 0.9), "2024-01-01T00:00:00Z");
    await record(extraction("acme-two.de", { name: "ACME Home", city: "Koeln" }, {}, 0.4), "2024-02-01T00:00:00Z");
    let row = await company(companyId);
    expect(row.name).toBe("Acme Two GmbH");
    expect(row.first_seen_at).toBe("2024-01-01T00:00:00.000Z");
    await record(extraction("acme-two.de", { name: "Acme Two AG" }, {}, 0.9), "2024-03-01T00:00:00Z");
    row = await company(companyId);
    expect(row.name).toBe("Acme Two AG");
    expect(row.city).toBe("Köln");
    const seen = await t.db.selectFrom("company_observations").select(["first_seen_at", "last_seen_at"]).where("company_id", "=", companyId).where("field", "=", "website").executeTakeFirstOrThrow();
    expect(seen).toEqual({ first_seen_at: "2024-01-01T00:00:00.000Z", last_seen_at: "2024-03-01T00:00:00.000Z" });
  });

  it("matches by domain across subdomains, else by register number, else by name and city", async () => {
    const a = await record(extraction("match-a.de", { name: "Match A" }), "2024-01-01T00:00:00Z");
    const sub = await recordSiteExtraction(t.db, { testMode: false, extraction: extraction("shop.match-a.de", { name: "Match A" }), websiteUrl: "https://shop.match-a.de/", crawledAt: "2024-01-02T00:00:00Z" });
    expect(sub.companyId).toBe(a.companyId);
    const reg = await record(extraction("reg-one.de", { name: "Reg", register: { court: "Amtsgericht Bonn", number: "HRB 777" } }), "2024-01-01T00:00:00Z");
    const noSite = await recordSiteExtraction(t.db, {
      testMode: false,
      extraction: { ...extraction("x", { name: "Reg", register: { court: "Amtsgericht Bonn", number: "HRB 777" } }), domain: null },
      websiteUrl: "", crawledAt: "2024-01-03T00:00:00Z",
    });
    expect(noSite.companyId).toBe(reg.companyId);
    const named = await recordSiteExtraction(t.db, { testMode: false, extraction: { ...extraction("y", { name: "Bäckerei Nord", city: "Hamburg" }), domain: null }, websiteUrl: "", crawledAt: "2024-01-01T00:00:00Z" });
    const again = await recordSiteExtraction(t.db, { testMode: false, extraction: { ...extraction("y", { name: "bäckerei nord", city: "HAMBURG" }), domain: null }, websiteUrl: "", crawledAt: "2024-01-02T00:00:00Z" });
    expect(again.companyId).toBe(named.companyId);
  });

  it("10 concurrent crawls of one domain make one company", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => record(extraction("concurrent.de", { name: `Concurrent ${i}` }), `2024-01-01T00:00:0${i}Z`)),
    );
    expect(new Set(results.map((r) => r.companyId)).size).toBe(1);
    const rows = await t.db.selectFrom("companies").select("id").where("domain", "=", "concurrent.de").execute();
    expect(rows).toHaveLength(1);
  });

  it("closes jobs that disappear and reopens them when they return", async () => {
    const site = (jobs: ReturnType<typeof job>[]) => extraction("jobs-co.de", { name: "Jobs Co" }, { jobs });
    const { companyId } = await record(site([job("Backend Engineer"), job("Designer", { location: "Hamburg" })]), "2024-01-01T00:00:00Z");
    await record(site([job("Backend Engineer")]), "2024-02-01T00:00:00Z");
    const rows = await t.db.selectFrom("company_jobs").select(["title", "status", "first_seen_at", "last_seen_at"]).where("company_id", "=", companyId).orderBy("title").execute();
    expect(rows).toEqual([
      { title: "Backend Engineer", status: "open", first_seen_at: "2024-01-01T00:00:00.000Z", last_seen_at: "2024-02-01T00:00:00.000Z" },
      { title: "Designer", status: "closed", first_seen_at: "2024-01-01T00:00:00.000Z", last_seen_at: "2024-01-01T00:00:00.000Z" },
    ]);
    await record(site([]), "2024-03-01T00:00:00Z");
    const open = await t.db.selectFrom("company_jobs").select("id").where("company_id", "=", companyId).where("status", "=", "open").execute();
    expect(open).toHaveLength(0);
  });

  it("never replaces a found email with an inferred one, and keeps provenance per field", async () => {
    const found = person("Jürgen Müller", { email: "jm@people-co.de", email_method: "mailto", email_confidence: 0.95, email_status: "valid" });
    const { companyId } = await record(extraction("people-co.de", { name: "People Co" }, { people: [found] }), "2024-01-01T00:00:00Z");
    const guessed = person("Jurgen Muller", { role: "CEO", email: "juergen.mueller@people-co.de", email_method: "inferred", email_confidence: 0.5 });
    await record(extraction("people-co.de", { name: "People Co" }, { people: [guessed] }), "2024-02-01T00:00:00Z");
    const rows = await t.db.selectFrom("prospects").selectAll().where("company_id", "=", companyId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: "jm@people-co.de", email_method: "mailto", email_status: "valid", title: "CEO" });
    expect(rows[0].sources).toMatchObject({ email: { method: "mailto" }, full_name: { url: "https://example.test/impressum" } });
  });

  it("keeps first_detected_at of a technology and updates the rest", async () => {
    const site = (version: string | null) => extraction("tech-co.de", { name: "Tech Co" }, { technologies: [tech("wordpress", { version, confidence: 80 })] });
    const { companyId } = await record(site("6.1"), "2024-01-01T00:00:00Z");
    await record(site(null), "2024-02-01T00:00:00Z");
    const row = await t.db.selectFrom("company_technologies").selectAll().where("company_id", "=", companyId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ version: "6.1", confidence: 80, first_detected_at: "2024-01-01T00:00:00.000Z", last_detected_at: "2024-02-01T00:00:00.000Z" });
  });

  it("writes only the families the features ask for", async () => {
    const site = extraction("features-co.de", { name: "Features Co", vat_id: "DE123456789" }, { people: [person("Anna Schmidt")], jobs: [job("Dev")], technologies: [tech("react")] });
    const { companyId } = await recordSiteExtraction(t.db, { testMode: false, extraction: site, websiteUrl: "https://features-co.de/", crawledAt: "2024-01-01T00:00:00Z", features: ["LEGAL_DATA", "JOBS"] });
    const row = await company(companyId);
    expect(row).toMatchObject({ vat_id: "DE123456789", name: null, website: null });
    const counts = await Promise.all(
      (["prospects", "company_jobs", "company_technologies"] as const).map(async (table) =>
        (await t.db.selectFrom(table).select("id").where("company_id", "=", companyId).execute()).length),
    );
    expect(counts).toEqual([0, 1, 0]);
  });
});
