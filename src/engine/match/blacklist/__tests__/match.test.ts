import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blacklistEntryKeys, matchBlacklist, type BlacklistCandidate, type KeyedBlacklistEntry } from "../index.ts";

const candidate: fc.Arbitrary<BlacklistCandidate> = fc.record(
  {
    external_id: fc.stringMatching(/^[A-Z]{2}-[0-9]{1,6}$/),
    website_url: fc.tuple(fc.stringMatching(/^[a-z]{2,10}$/), fc.constantFrom("de", "com", "co.uk")).map(([h, t]) => `https://www.${h}.${t}/about`),
    company_name: fc.stringMatching(/^[A-Z][a-z]{2,10}( [A-Z][a-z]{2,8})?$/).map((n) => `${n} GmbH`),
    city: fc.constantFrom("Berlin", "München", "Wien", "Zürich"),
  },
  { requiredKeys: [] },
);

function entryFrom(input: BlacklistCandidate): KeyedBlacklistEntry | null {
  const result = blacklistEntryKeys(input);
  return result.ok ? result.keys : null;
}

describe("matchBlacklist", () => {
  it("a candidate always matches an entry built from itself", () => {
    fc.assert(
      fc.property(candidate, (company) => {
        const entry = entryFrom(company);
        fc.pre(entry !== null);
        expect(matchBlacklist(company, [entry!])?.entry).toBe(entry);
      }),
    );
  });

  it("prefers the strongest tier whatever the entry order", () => {
    const company = { external_id: "CRM-1", website_url: "acme.de", company_name: "Acme GmbH", city: "Berlin" };
    const entries = [
      entryFrom({ company_name: "ACME AG" })!,
      entryFrom({ company_name: "Acme", city: "BERLIN" })!,
      entryFrom({ website_url: "https://shop.acme.de" })!,
      entryFrom({ external_id: "CRM-1" })!,
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: 1 }), (subset) => {
        const expected = ["external_id", "domain", "name_city", "name"].find((tier, i) => subset.includes(entries[3 - i]!));
        expect(matchBlacklist(company, subset)?.tier).toBe(expected);
      }),
    );
  });

  it("a name-only entry matches any city; a name + city entry never matches another city", () => {
    const nameOnly = entryFrom({ company_name: "Acme GmbH" })!;
    const withCity = entryFrom({ company_name: "Acme GmbH", city: "Berlin" })!;
    expect(matchBlacklist({ company_name: "ACME", city: "Hamburg" }, [nameOnly])?.tier).toBe("name");
    expect(matchBlacklist({ company_name: "ACME", city: "Hamburg" }, [withCity])).toBeNull();
    expect(matchBlacklist({ company_name: "ACME" }, [withCity])?.tier).toBe("name");
    expect(matchBlacklist({ company_name: "Acme Ltd", city: "berlin" }, [withCity])?.tier).toBe("name_city");
    expect(matchBlacklist({ company_name: "Other", website_url: "x.de" }, [withCity, nameOnly])).toBeNull();
  });

  it("never matches on nothing", () => {
    fc.assert(
      fc.property(candidate, (entryInput) => {
        const entry = entryFrom(entryInput);
        fc.pre(entry !== null);
        expect(matchBlacklist({}, [entry!])).toBeNull();
      }),
    );
  });
});

describe("blacklistEntryKeys", () => {
  it("reports entries without identifiers and with invalid URLs", () => {
    expect(blacklistEntryKeys({ city: "Berlin" })).toEqual({ ok: false, reason: expect.stringContaining("At least one of") });
    expect(blacklistEntryKeys({ website_url: "not a url", city: "Berlin" })).toEqual({ ok: false, reason: expect.stringContaining("website_url") });
    expect(blacklistEntryKeys({ company_name: "!!!" })).toEqual({ ok: false, reason: expect.stringContaining("company_name") });
  });

  it("keeps an entry with a malformed website by its name and city, with a warning", () => {
    const keyed = blacklistEntryKeys({ company_name: "Acme GmbH", website_url: "http://", city: "Berlin" });
    expect(keyed).toMatchObject({ ok: true, keys: { domain: null, name_key: "acme", city_key: "berlin" }, warning: expect.stringContaining("website_url") });
    expect(matchBlacklist({ company_name: "ACME", city: "Berlin" }, [entryFrom({ company_name: "Acme GmbH", website_url: "http://", city: "Berlin" })!])).not.toBeNull();
  });

  it("gives equivalent entries the same dedupe key", () => {
    const a = entryFrom({ company_name: "Müller GmbH", website_url: "https://www.mueller.de/x", city: "Köln" })!;
    const b = entryFrom({ company_name: "MUELLER", website_url: "mueller.de", city: "koeln" })!;
    expect(a.dedupe_key).toBe(b.dedupe_key);
    expect(entryFrom({ company_name: "Müller GmbH" })!.dedupe_key).not.toBe(a.dedupe_key);
  });
});
