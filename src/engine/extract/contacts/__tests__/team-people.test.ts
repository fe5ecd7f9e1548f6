import { describe, expect, it } from "vitest";
import { extractPeople } from "../index.ts";
import { emptyCompany, page } from "./people-fixtures.ts";

const run = (body: string, lang = "de") => extractPeople([page("team", body, lang)], { domain: "example.test", company: { ...emptyCompany, country: "DE" } });

const card = (name: string, role: string, extra = "") =>
  `<div class="member"><img src="/img/${name.toLowerCase().replace(/ /g, "-")}.jpg" alt="${name}"><h4 class="member-name">${name}</h4><p class="member-role">${role}</p>${extra}</div>`;

describe("team cards", () => {
  it("reads name + role cards with their own mailto and tel", () => {
    const people = run(`<section class="team">
      ${card("Jonas Brenner", "Leiter Vertrieb", '<a href="tel:+49 (0)7000 123-45">Tel</a><a href="mailto:jb@example.test">Mail</a>')}
      ${card("Alina Wolff", "Backoffice", '<a href="mailto:aw@example.test">Mail</a>')}
      ${card("Timo Krause", "Servicetechniker")}</section>`);
    expect(people.map((p) => [p.name, p.role_class, p.email, p.phone])).toEqual([
      ["Jonas Brenner", "manager", "jb@example.test", "+49700012345"],
      ["Alina Wolff", "employee", "aw@example.test", null],
      ["Timo Krause", "employee", null, null],
    ]);
    expect(people[0]?.provenance.method).toBe("team_card");
  });

  it("accepts an unknown job title only when the card markup repeats", () => {
    expect(run(card("Timo Krause", "Servicetechniker"))).toEqual([]);
    expect(run(card("Timo Krause", "Servicetechniker") + card("Ute Brandt", "Servicetechnikerin"))).toEqual([]);
    expect(run(card("Timo Krause", "Werkstattleiter")).map((p) => p.name)).toEqual(["Timo Krause"]);
  });

  it("does not take feature tiles for people", () => {
    const tiles = ["Schnelle Lieferung", "Faire Preise", "Kurze Wege", "Klare Worte"]
      .map((t) => `<div class="tile"><h3>${t}</h3><p>Service vor Ort</p></div>`).join("");
    expect(run(tiles)).toEqual([]);
  });

  it("never lists people from testimonials or quotes", () => {
    const body = `<div class="testimonials"><div class="item"><p>„Tolle Arbeit, sehr zu empfehlen!“</p><h4>Karl Kunde</h4><p>Geschäftsführer, Kunde GmbH</p></div></div>
      <blockquote>Super Service. <cite>Maria Zufrieden, Inhaberin</cite></blockquote>
      <p>— Paul Gast, CEO of Guest Ltd</p>
      <div class="slide"><p>"Schnell, sauber und immer freundlich – gerne wieder!"</p><h4>Greta Blum</h4><p>Inhaberin Blumenladen</p></div>
      <div class="slide"><span>★★★★★</span><h4>Olaf Rind</h4><p>Geschäftsführer</p></div>`;
    expect(run(body)).toEqual([]);
  });

  it("reads English cards with post-nominals and apostrophes", () => {
    const people = run(`${card("Dr. Mira Patel, OD", "Founder &amp; Lead Optometrist")}${card("Sean O'Neill", "Optometrist")}`, "en");
    expect(people.map((p) => [p.name, p.role_class])).toEqual([["Mira Patel", "executive"], ["Sean O'Neill", "employee"]]);
  });

  it("reads 'Name, Role' lines; a photo alt text alone is not evidence", () => {
    const people = run('<p>Andrew Quill, Managing Director</p><img src="x.jpg" alt="Bea Sommer – Teamleitung Pflege">', "en");
    expect(people.map((p) => [p.name, p.role_class])).toEqual([["Andrew Quill", "managing_director"]]);
  });
});

describe("first-name-only team photos", () => {
  const figure = (name: string, file = name.toLowerCase()) => `<figure><img src="/img/team/${file}.jpg" alt=""><figcaption>${name}</figcaption></figure>`;

  it("reads captions named like their photo under a job heading and merges a first name into the full name", () => {
    const pages = [
      page("impressum", "<p>Inhaberin: Greta Lorenz</p>"),
      page("team", `<h3>Inhaberin</h3>${figure("Greta")}<h3>Kundenberatung</h3>${figure("Milo")}${figure("Jana")}`),
    ];
    const people = extractPeople(pages, { domain: "example.test", company: emptyCompany });
    expect(people.map((p) => [p.name, p.role_class])).toEqual([["Greta Lorenz", "owner"], ["Milo", "employee"], ["Jana", "employee"]]);
  });

  it("ignores gallery captions and captions whose photo is not named after them", () => {
    expect(run(`<h3>Unser Service</h3>${figure("Werkstatt")}${figure("Lager")}`)).toEqual([]);
    expect(run(`<h3>Kundenberatung</h3>${figure("Milo", "img01")}${figure("Jana", "img02")}`)).toEqual([]);
  });
});

describe("JSON-LD people", () => {
  it("reads founders and employees of an Organization", () => {
    const ld = { "@context": "https://schema.org", "@type": "Organization", name: "Acme", founder: { "@type": "Person", name: "Rosa Lind", sameAs: ["https://www.linkedin.com/in/rosalind"] },
      employee: [{ "@type": "Person", name: "Omar Haddad", jobTitle: "Chief Technology Officer", email: "mailto:omar@example.test" }],
      review: { "@type": "Review", author: { "@type": "Person", name: "Rita Review" } } };
    const people = run(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, "en");
    expect(people.map((p) => [p.name, p.role_class, p.email, p.linkedin_url])).toEqual([
      ["Rosa Lind", "executive", null, "https://www.linkedin.com/in/rosalind"],
      ["Omar Haddad", "executive", "omar@example.test", null],
    ]);
  });
});

describe("deduplication across pages", () => {
  it("merges the same person from imprint and team page, keeping the strongest role and contacts", () => {
    const pages = [
      page("impressum", "<p>Geschäftsführerin: Dr. Sabine Roth</p>"),
      page("team", `${card("Sabine Roth", "Geschäftsführung", '<a href="mailto:s.roth@example.test">E-Mail</a>')}${card("Udo Kern", "Leiter Technik")}`),
    ];
    const people = extractPeople(pages, { domain: "example.test", company: emptyCompany });
    expect(people.map((p) => [p.name, p.role_class, p.email])).toEqual([
      ["Sabine Roth", "managing_director", "s.roth@example.test"],
      ["Udo Kern", "manager", null],
    ]);
  });
});

describe("page-wide forms", () => {
  it("reads people inside a form that wraps the whole page (ASP.NET WebForms) but not inside an input form", () => {
    const team = `<h1>Our People</h1>${card("Jonas Brenner", "Managing Director")}`;
    expect(run(`<form id="form1" method="post">${team}</form>`, "en").map((p) => p.name)).toEqual(["Jonas Brenner"]);
    const contactForm = `<form><label>Ihr Name</label><p>Jonas Brenner</p><p>Geschäftsführer</p><input name="n"></form>`;
    expect(run(contactForm)).toEqual([]);
  });
});
