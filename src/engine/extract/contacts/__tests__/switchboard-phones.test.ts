import { describe, expect, it } from "vitest";
import { extractPeople } from "../index.ts";
import { emptyCompany, page } from "./people-fixtures.ts";

const card = (name: string, role: string, phone: string) =>
  `<div class="member"><img src="/img/${name.toLowerCase().replace(/ /g, "-")}.jpg" alt="${name}"><h4 class="member-name">${name}</h4><p class="member-role">${role}</p><a href="tel:${phone}">${phone}</a></div>`;

describe("switchboard numbers on team cards", () => {
  it("drops the company's main number that several people are given, keeps a direct line", () => {
    const body = `<h1>Our team</h1>${card("Jonas Brenner", "Senior Associate", "+44 113 496 0000")}${card("Clara Hughes", "Partner", "+44 113 496 0000")}${card("Miriam Patel", "Paralegal", "+44 113 496 0123")}`;
    const company = { ...emptyCompany, country: "GB", phones: ["+44 113 496 0000"] };
    const people = extractPeople([page("team", body, "en")], { domain: "example.test", company });
    expect(people.map((p) => [p.name, p.phone?.replace(/\D/g, "") ?? null])).toEqual([
      ["Jonas Brenner", null], ["Clara Hughes", null], ["Miriam Patel", "441134960123"],
    ]);
  });

  it("keeps the main number for the one person who holds it", () => {
    const body = `<h1>Team</h1>${card("Jonas Brenner", "Inhaber", "+49 7000 12345")}`;
    const company = { ...emptyCompany, country: "DE", phones: ["+49 7000 12345"] };
    const people = extractPeople([page("team", body)], { domain: "example.test", company });
    expect(people[0]?.phone?.replace(/\D/g, "")).toBe("49700012345");
  });
});
