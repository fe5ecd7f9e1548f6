import { describe, expect, it } from "vitest";
import { scoreLink } from "../score-link.ts";

const link = (url: string, text = "", inNavigation = false) => ({ url: `https://firma.example${url}`, text, inNavigation });

describe("scoreLink", () => {
  it.each([
    ["/impressum", "Impressum", "imprint"],
    ["/legal", "Legal notice", "imprint"],
    ["/mentions-legales", "Mentions légales", "imprint"],
    ["/colofon", "Colofon", "imprint"],
    ["/aviso-legal", "Aviso legal", "imprint"],
    ["/note-legali", "Note legali", "imprint"],
    ["/kontakt", "Kontakt", "contact"],
    ["/contatti", "Contatti", "contact"],
    ["/wir-ueber-uns", "Wir über uns", "about"],
    ["/qui-sommes-nous", "Qui sommes-nous ?", "about"],
    ["/over-ons", "Over ons", "about"],
    ["/unser-team", "Unser Team", "team"],
    ["/stellenangebote", "Stellenangebote", "careers"],
    ["/werken-bij", "Werken bij", "careers"],
    ["/trabaja-con-nosotros", "Trabaja con nosotros", "careers"],
    ["/datenschutzerklaerung", "Datenschutz", "privacy"],
  ])("%s labelled %s is %s", (path, text, kind) => {
    expect(scoreLink(link(path, text), null).kind).toBe(kind);
  });

  it("recognises a kind from the URL alone and from the text alone", () => {
    expect(scoreLink(link("/impressum.html"), null).kind).toBe("imprint");
    expect(scoreLink(link("/page-17", "Impressum"), null).kind).toBe("imprint");
    expect(scoreLink(link("/privacy-policy-2"), null).kind).toBe("privacy");
  });

  it("does not mistake look-alike slugs and prose for page kinds", () => {
    expect(scoreLink(link("/contact-lenses"), null).kind).toBeNull();
    expect(scoreLink(link("/blog/x", "Read how we helped a customer get in touch with their own data again"), null).kind).toBeNull();
  });

  it("ranks imprint over contact over ordinary pages, navigation over body, blog archives last", () => {
    const imprint = scoreLink(link("/impressum", "Impressum"), null).score;
    const contact = scoreLink(link("/kontakt", "Kontakt"), null).score;
    const plain = scoreLink(link("/leistungen", "Leistungen"), null).score;
    const plainInNav = scoreLink(link("/leistungen", "Leistungen", true), null).score;
    const archive = scoreLink(link("/2021/05/neuer-bagger"), null).score;
    expect(imprint).toBeGreaterThan(contact);
    expect(contact).toBeGreaterThan(plainInNav);
    expect(plainInNav).toBeGreaterThan(plain);
    expect(plain).toBeGreaterThan(archive);
  });

  it("treats unlabelled body links on a careers page as job postings", () => {
    expect(scoreLink(link("/karriere/elektroniker"), "careers")).toMatchObject({ kind: "job_detail" });
    expect(scoreLink(link("/karriere/elektroniker"), "about").kind).toBeNull();
  });
});

describe("scoreLink for people's profile pages", () => {
  it("puts a link whose text is a person's name above ordinary links and careers sub-pages", () => {
    const profile = scoreLink(link("/jane-roe", "Jane Roe"), "team");
    expect(profile.person).toBe(true);
    expect(profile.score).toBeGreaterThan(scoreLink(link("/opening-7", "Open position"), "careers").score);
    expect(profile.score).toBeLessThan(scoreLink(link("/team", "Team"), null).score);
  });

  it("does not take product names or single words for people", () => {
    expect(scoreLink(link("/solar-panels", "Solar Panels"), null).person).toBeFalsy();
    expect(scoreLink(link("/jane", "Jane"), null).person).toBeFalsy();
  });
});
