import { describe, expect, it } from "vitest";
import { extractPeople } from "../index.ts";
import { splitRoleAndName } from "../role-name-headings.ts";
import { emptyCompany, page } from "./people-fixtures.ts";

const run = (body: string, lang = "de") => extractPeople([page("kanzlei", body, lang)], { domain: "example.test", company: { ...emptyCompany, country: "DE" } });

describe("<job title> <name> captions", () => {
  it("splits the role from a name that opens with a known given name", () => {
    expect(splitRoleAndName("Notarfachangestellte Petra Beispiel")).toMatchObject({ role: "Notarfachangestellte", name: { name: "Petra Beispiel" } });
    expect(splitRoleAndName("Rechtsanwalt Dr. Jan Vogler")).toMatchObject({ role: "Rechtsanwalt", name: { name: "Jan Vogler" } });
    expect(splitRoleAndName("Office Manager Laura Finch")).toMatchObject({ role: "Office Manager", name: { last_name: "Finch" } });
  });

  it("rejects headings that are not a role followed by a person", () => {
    expect(splitRoleAndName("Service Hamburg Nord")).toBeNull();
    expect(splitRoleAndName("Fragen an Petra Beispiel")).toBeNull();
    expect(splitRoleAndName("Willkommen bei Petra Beispiel")).toBeNull();
    expect(splitRoleAndName("Beratung Muster GmbH")).toBeNull();
    expect(splitRoleAndName("Petra Beispiel")).toBeNull();
  });

  it("lists heading-titled people with their role class, and not the same text in running prose", () => {
    const people = run(`<h2>Notarfachangestellte Petra Beispiel</h2><p>Seit 2010 bei uns.</p>
      <h3>Rechtsanwältin Dr. Eva Lindner</h3><p>Fachanwältin für Arbeitsrecht.</p>
      <p>Büroleiterin Anna Kurz ist montags nicht im Haus.</p>`);
    expect(people.map((p) => [p.name, p.role, p.role_class])).toEqual([
      ["Petra Beispiel", "Notarfachangestellte", "employee"],
      ["Eva Lindner", "Rechtsanwältin", "employee"],
    ]);
  });
});

describe("team cards inside buttons", () => {
  it("reads a card whose photo, name and role sit in a dialog-opening button", () => {
    const card = (name: string, role: string) =>
      `<button type="button" data-open="x"><img src="p.jpg" alt=""><div class="name">${name}</div><div class="role">${role}</div></button>`;
    const people = run(`<section>${card("Lisa Brandt", "Teamleiterin Einkauf")}${card("Jonas Weber", "Leiter Vertrieb")}</section>
      <form><button type="submit">Senden</button></form>`);
    expect(people.map((p) => [p.name, p.role_class])).toEqual([["Lisa Brandt", "manager"], ["Jonas Weber", "manager"]]);
  });
});

describe("the addressee of a sole trader's imprint", () => {
  const imprint = (body: string, company = emptyCompany) =>
    extractPeople([page("impressum", `<h1>Impressum</h1>${body}`)], { domain: "example.test", company: { ...company, country: "DE" } });

  it("reads a titled or known name right above the address as the owner, with an e-mail carrying the name", () => {
    const people = imprint("<p>Zahnarztpraxis<br>Dr. med. dent. Anna Lindner<br>Hauptstraße 12<br>12345 Musterstadt<br>E-Mail: a.lindner@example.test</p>");
    expect(people.map((p) => [p.name, p.role_class, p.email])).toEqual([["Anna Lindner", "owner", "a.lindner@example.test"]]);
  });

  it("ignores names under a label, credits, incorporated firms and names without an address", () => {
    // The labelled officer is read by the imprint label reader, as someone other than the owner.
    expect(imprint("<p>Datenschutzbeauftragter:<br>Jonas Weber<br>Hauptstraße 12<br>12345 Musterstadt</p>").map((p) => p.role_class)).toEqual(["other"]);
    expect(imprint("<p>Fotos:<br>Jonas Weber<br>Hauptstraße 12</p>")).toEqual([]);
    expect(imprint("<p>Jonas Weber<br>Hauptstraße 12</p>", { ...emptyCompany, legal_form: "GmbH", legal_name: "Weber GmbH" })).toEqual([]);
    expect(imprint("<p>Jonas Weber</p><p>Wir freuen uns auf Sie.</p>")).toEqual([]);
  });
});

describe("lead roles", () => {
  it("classes technical and team leads as managers", async () => {
    const { classifyRole } = await import("../role-class.ts");
    expect(["Technical Lead", "Tech Lead", "Team Lead", "Data Lead"].map((r) => classifyRole(r))).toEqual(["manager", "manager", "manager", "manager"]);
    expect(classifyRole("Lead generation")).toBe("employee");
  });
});
