import { describe, expect, it } from "vitest";
import { inferEmail, withInferredEmails } from "../index.ts";
import type { PersonFacts } from "../../../types.ts";

const person = (first: string, last: string, email: string | null = null): PersonFacts => ({
  name: `${first} ${last}`, first_name: first, last_name: last, role: null, role_class: "employee", department: null, email,
  email_method: email ? "mailto" : null, email_confidence: email ? 0.8 : null, email_status: null, phone: null, linkedin_url: null,
  provenance: { sourceUrl: "http://example.test/team", method: "team_card", confidence: 0.8 },
});

describe("inferEmail", () => {
  it("follows first.last from the site's other addresses and marks the guess inferred", () => {
    const guess = inferEmail(person("Jürgen", "Groß"), ["info@example.test", "anna.berg@example.test", "tom.hall@example.test"], "example.test");
    expect(guess).toMatchObject({ email: "juergen.gross@example.test", email_method: "inferred", pattern: "first.last" });
    expect(guess?.email_confidence).toBeGreaterThan(0);
    expect(guess?.email_confidence).toBeLessThan(0.9);
  });

  it("recognises f.last and initials", () => {
    expect(inferEmail(person("Lena", "Storm"), ["a.berg@example.test", "t.hall@example.test"], "example.test")?.email).toBe("l.storm@example.test");
    expect(inferEmail(person("Lena", "Storm"), ["ab@example.test", "th@example.test"], "example.test")?.email).toBe("ls@example.test");
  });

  it("learns the pattern from named examples when available", () => {
    const examples = [person("Anna", "Berg", "aberg@example.test"), person("Tom", "Hall", "thall@example.test")];
    expect(inferEmail(person("Lena", "Storm"), [], "example.test", examples)?.pattern).toBe("flast");
  });

  it("guesses nothing from shared mailboxes or other domains", () => {
    expect(inferEmail(person("Lena", "Storm"), ["info@example.test", "kontakt@example.test", "x.y@other.test"], "example.test")).toBeNull();
    expect(inferEmail(person("Lena", "Storm"), ["a.b@example.test"], null)).toBeNull();
  });

  it("fills only missing addresses, marked inferred, and never overwrites found ones", () => {
    const people = [person("Anna", "Berg", "anna.berg@example.test"), person("Lena", "Storm")];
    const out = withInferredEmails(people, ["anna.berg@example.test"], "example.test");
    expect(out[0]).toMatchObject({ email: "anna.berg@example.test", email_method: "mailto" });
    expect(out[1]).toMatchObject({ email: "lena.storm@example.test", email_method: "inferred" });
  });
});
