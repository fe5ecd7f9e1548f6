import { describe, expect, it } from "vitest";
import { extractPeople } from "../index.ts";
import { emptyCompany, page } from "./people-fixtures.ts";

const bio = (name: string, text: string) =>
  `<section class="bio"><div class="photo"><img src="p.jpg" alt="Profile"></div><div class="col"><h4>${name}</h4><p>${text}</p><h4>Education</h4><ul><li>State University, J.D. (2010)</li></ul></div></section>`;
const long = "advises families and businesses on estate planning, real estate transactions and tax matters, and has done so for many years across the region";

describe("a biography that quotes its subject", () => {
  it("is still a staff card, while a card that is mostly a quote stays a testimonial", () => {
    const body = `<h3>Meet our team</h3>${bio("Laura Jensen", `Laura ${long}.`)}${bio("Peter Novak", `Peter ${long}.`)}
      ${bio("Maria Olsen", `Maria ${long}. Asked about her work, she says: “Every client deserves a clear plan!”`)}
      <div class="quote"><p>“They sorted out our estate plan quickly and kindly, thank you so much!”</p><h4>Hanna Berg</h4></div>`;
    const people = extractPeople([page("team", body, "en")], { domain: "example.test", company: emptyCompany });
    expect(people.map((p) => p.name)).toEqual(["Laura Jensen", "Peter Novak", "Maria Olsen"]);
  });
});
