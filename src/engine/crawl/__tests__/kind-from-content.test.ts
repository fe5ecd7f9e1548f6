import { describe, expect, it } from "vitest";
import { kindFromContent } from "../kind-from-content.ts";
import { scoreLink } from "../score-link.ts";

const doc = (title: string, h1 = "") => `<html><head><title>${title}</title></head><body>${h1 ? `<h1 class="x">${h1}</h1>` : ""}<p>…</p></body></html>`;
const link = (url: string, text = "", inNavigation = false) => ({ url: `https://firma.example${url}`, text, inNavigation });

describe("kindFromContent", () => {
  it("reads the kind from the first heading, then from the title's own segment", () => {
    expect(kindFromContent(doc("Seite 3", "Unser <em>Team</em>"))).toBe("team");
    expect(kindFromContent(doc("Wer wir sind | Muster GmbH"))).toBe("about");
    expect(kindFromContent(doc("Stellenangebote – Muster GmbH", "Wir suchen Verstärkung"))).toBe("careers");
    expect(kindFromContent(doc("Meet the team &amp; partners"))).toBe("team");
  });

  it("ignores pages that do not name themselves so, and long prose headings", () => {
    expect(kindFromContent(doc("Leistungen | Muster GmbH", "Heizung und Sanitär"))).toBeNull();
    expect(kindFromContent(doc("x", "Our team of qualified engineers installs heat pumps across the whole county every day"))).toBeNull();
    expect(kindFromContent(doc("Impressum"))).toBeNull();
  });
});

describe("scoreLink: staff menus and profile links", () => {
  it.each([
    ["/wer-wir-sind", "Wer wir sind", "about"],
    ["/kanzlei", "Kanzlei", "about"],
    ["/praxis", "Die Praxis", "about"],
    ["/aerzte", "Unsere Ärzte", "team"],
    ["/attorneys", "Attorneys", "team"],
    ["/people", "People", "team"],
    ["/le-cabinet", "Le cabinet", "about"],
    ["/lo-studio", "Lo studio", "about"],
  ])("%s labelled %s is %s", (path, text, kind) => {
    expect(scoreLink(link(path, text), null).kind).toBe(kind);
  });

  it("boosts 'more'/'profile' links on team pages only, and not in menus", () => {
    expect(scoreLink(link("/team/anna", "Mehr erfahren"), "team")).toMatchObject({ person: true, score: 67 });
    expect(scoreLink(link("/team/anna", "View profile"), "about")).toMatchObject({ person: true });
    expect(scoreLink(link("/leistungen/a", "Mehr erfahren"), null).person).toBeUndefined();
    expect(scoreLink(link("/team/anna", "Mehr erfahren", true), "team").person).toBeUndefined();
  });
});
