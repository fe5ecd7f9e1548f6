import { describe, expect, it } from "vitest";
import { extractPeople } from "../index.ts";
import { isKnownGivenName, isKnownSurname } from "../name-gazetteer.ts";
import { emptyCompany, page } from "./people-fixtures.ts";

const run = (body: string, lang = "en") => extractPeople([page("team", body, lang)], { domain: "example.test", company: { ...emptyCompany, country: "GB" } });
const names = (body: string, lang = "en") => run(body, lang).map((p) => p.name);

describe("name gazetteer", () => {
  it("knows given names and surnames across languages, hyphenated given names by their first part", () => {
    expect(["Petra", "Giulia", "Jean-Luc", "Sandra", "Erik"].map(isKnownGivenName)).toEqual([true, true, true, true, true]);
    expect(["Customers", "Equal", "Etablierte", "Payment", "General"].map(isKnownGivenName)).toEqual([false, false, false, false, false]);
    expect(isKnownSurname("Müller")).toBe(true);
  });
});

describe("repeated name captions", () => {
  const tile = (name: string, extra = "") => `<div class="person"><h4 class="n">${name}</h4>${extra}<p>${"Long biography text about this person. ".repeat(3)}</p></div>`;

  it("reads a grid of name-only headings as staff, with the e-mail inside each card", () => {
    const grid = tile("Hanna Lindqvist", '<a href="mailto:hl@example.test">hl@example.test</a>') + tile("Oskar Brandt") + tile("Marta Kowalczyk");
    const people = run(`<section>${grid}</section>`);
    expect(people.map((p) => [p.name, p.role_class, p.email])).toEqual([
      ["Hanna Lindqvist", "employee", "hl@example.test"], ["Oskar Brandt", "employee", null], ["Marta Kowalczyk", "employee", null],
    ]);
  });

  it("takes a role written beside the name in the same caption line", () => {
    const list = ["Hanna Lindqvist - Key Person Room 1", "Oskar Brandt - Bank Staff"].map((t) => `<p>${t}</p>`).join("");
    expect(names(list)).toEqual(["Hanna Lindqvist", "Oskar Brandt"]);
  });

  it("does not read headings, single names, menus or name lists as people", () => {
    expect(names(tile("Hanna Lindqvist") + tile("Oskar Brandt"))).toEqual([]);
    const headings = ["Equal Housing Opportunity", "Northern Customers", "Etablierte Software-Lösungen", "Hanna Lindqvist"].map((t) => tile(t)).join("");
    expect(names(headings)).toEqual([]);
    const menu = `<ul>${["Hanna Lindqvist", "Oskar Brandt", "Marta Kowalczyk"].map((n) => `<li><a href="/x">${n}</a></li>`).join("")}</ul>`;
    expect(names(menu)).toEqual([]);
  });

  it("lets a mostly known grid vouch for a rarer given name, but not a mostly unknown one", () => {
    const grid = ["Hanna Lindqvist", "Oskar Brandt", "Marta Kowalczyk", "Quirin Zoltewski"].map((n) => tile(n)).join("");
    expect(names(grid)).toContain("Quirin Zoltewski");
    const unknown = ["Quirin Zoltewski", "Brisk Harbour", "Velvet Anchor"].map((n) => tile(n)).join("");
    expect(names(unknown)).toEqual([]);
  });
});

describe("biography paragraphs", () => {
  const bio = (opening: string) => `<p>${opening} She lives nearby with her family and enjoys hiking at weekends.</p>`;

  it("reads people from several paragraphs that open with their full name and a verb", () => {
    const body = bio("Hanna Lindqvist has been working here since 2002.") + bio("Marta Kowalczyk, RDH, started with us in 2010.");
    expect(names(body)).toEqual(["Hanna Lindqvist", "Marta Kowalczyk"]);
  });

  it("needs at least two such paragraphs and a known given name", () => {
    expect(names(bio("Hanna Lindqvist has been working here since 2002."))).toEqual([]);
    expect(names(bio("Brisk Harbour is a great place to visit.") + bio("Velvet Anchor was founded in 1990 by sailors."))).toEqual([]);
  });
});

describe("biography roles and testimonial cards", () => {
  it("takes the role the opening sentence names", () => {
    const body = "<p>Hanna Lindqvist has been the office manager since 1992, when the practice bought its first computer.</p>" +
      "<p>Marta Kowalczyk is a dental hygienist who joined us in 2010 after her studies abroad.</p>";
    expect(run(body).map((p) => [p.name, p.role, p.role_class])).toEqual([
      ["Hanna Lindqvist", "office manager", "manager"], ["Marta Kowalczyk", "dental hygienist", "employee"],
    ]);
  });

  it("never reads reviewers' signatures in repeated cards as staff", () => {
    const review = (who: string, place: string) => `<article class="tcard"><p>„Sehr zuverlässig und immer freundlich, jede Woche wieder.“</p><span><b>${who}</b><small>${place}</small></span></article>`;
    expect(names(review("Helga M.", "Hannover") + review("Klaus B.", "Garbsen") + review("Petra L.", "Wunstorf"), "de")).toEqual([]);
  });
});
