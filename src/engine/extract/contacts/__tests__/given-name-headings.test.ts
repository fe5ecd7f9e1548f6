import { describe, expect, it } from "vitest";
import { extractPeople } from "../index.ts";
import { emptyCompany, page } from "./people-fixtures.ts";

const run = (body: string) => extractPeople([page("our-team", body, "en")], { domain: "example.test", company: emptyCompany });

describe("given-name headings over role-led biographies", () => {
  it("reads each heading as a person, with the full name when the biography spells it", () => {
    const body =
      "<h2>Marla</h2><p>Co-founder. Dr. Marla Quenby MSc, PhD, has built community housing since 1999.</p>" +
      "<h2>Peter</h2><p>Director. Peter worked for twenty years in energy advice before joining us.</p>" +
      "<h2>Zoltanna</h2><p>Architectural Advisor. Zoltanna Ferrick qualified as an architect in 2004.</p>";
    expect(run(body).map((p) => [p.name, p.role])).toEqual([
      ["Marla Quenby", "Co-founder"], ["Peter", "Director"], ["Zoltanna Ferrick", "Architectural Advisor"],
    ]);
  });

  it("ignores a single such heading and headings whose text does not open with a role", () => {
    expect(run("<h2>Peter</h2><p>Director. Peter worked in energy advice.</p><h2>Summer</h2><p>Our garden opens in May.</p>")).toEqual([]);
    expect(run("<h2>Peter</h2><p>Peter likes hiking. He joined in 2010.</p><h2>Anna</h2><p>Anna bakes. She joined in 2012.</p>")).toEqual([]);
  });
});
