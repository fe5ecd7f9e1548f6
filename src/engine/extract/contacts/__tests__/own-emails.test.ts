import { describe, expect, it } from "vitest";
import type { PersonFacts } from "../../../types.ts";
import { attachOwnEmails, emailsIn } from "../own-emails.ts";
import { extractPeople } from "../index.ts";
import { emptyCompany, page } from "./people-fixtures.ts";

const person = (name: string, email: string | null = null): PersonFacts => ({
  name, first_name: name.split(" ")[0] ?? null, last_name: name.split(" ").slice(1).join(" ") || null, role: null,
  role_class: "employee", department: null, email, email_method: null, email_confidence: null, email_status: null, phone: null,
  linkedin_url: null, provenance: { sourceUrl: "http://example.test/team", method: "team_card", confidence: 0.7 },
});

describe("attachOwnEmails", () => {
  it("gives a person the company address that spells their name", () => {
    const emails = new Set(["info@example.test", "jane.roe@example.test", "mkessler@example.test", "brian.oconnor@example.test"]);
    const out = attachOwnEmails([person("Jane Roe"), person("Mark Kessler"), person("Brian O'Connor"), person("Tom Ashby")], emails, "example.test");
    expect(out.map((p) => p.email)).toEqual(["jane.roe@example.test", "mkessler@example.test", "brian.oconnor@example.test", null]);
  });

  it("takes a bare first-name address only when no one else shares that first name", () => {
    const emails = new Set(["anna@example.test"]);
    expect(attachOwnEmails([person("Anna Berg"), person("Paul Kim")], emails, "example.test")[0]?.email).toBe("anna@example.test");
    expect(attachOwnEmails([person("Anna Berg"), person("Anna Roth")], emails, "example.test").map((p) => p.email)).toEqual([null, null]);
  });

  it("reads a short given name before the full surname, unless two people fit it", () => {
    const emails = new Set(["chris.hale@example.test", "sam.ortiz@example.test"]);
    const out = attachOwnEmails([person("Christopher Hale"), person("Samantha Ortiz"), person("Samuel Ortiz")], emails, "example.test");
    expect(out.map((p) => p.email)).toEqual(["chris.hale@example.test", null, null]);
  });

  it("never takes another organisation's address or one already assigned", () => {
    const emails = new Set(["jane.roe@elsewhere.test", "paul.kim@example.test"]);
    const out = attachOwnEmails([person("Jane Roe"), person("Paul Kim"), person("Paul Kimm", "paul.kim@example.test")], emails, "www.example.test");
    expect(out.map((p) => p.email)).toEqual([null, null, "paul.kim@example.test"]);
  });

  it("reads addresses from text and mailto links of every page", () => {
    expect([...emailsIn(["Write to Jane.Roe@Example.test or info@example.test"])]).toEqual(["jane.roe@example.test", "info@example.test"]);
    const team = page("team", "<h3>Jane Roe</h3><p>Office Manager</p><h3>Paul Kim</h3><p>Project Manager</p><h3>Lena Hart</h3><p>Managing Director</p>", "en");
    const profile = page("jane-roe", '<h1>Jane Roe</h1><p>Write to <a href="mailto:jane.roe@example.test">me</a>.</p><p>Office: info@example.test</p>', "en");
    const people = extractPeople([team, profile], { domain: "example.test", company: emptyCompany });
    expect(people.find((p) => p.name === "Jane Roe")?.email).toBe("jane.roe@example.test");
    expect(people.find((p) => p.name === "Paul Kim")?.email).toBeNull();
  });
});
