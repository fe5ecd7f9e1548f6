import { describe, expect, it } from "vitest";
import { detectTechnologies, loadBuiltinFingerprints, MIN_REPORTED_CONFIDENCE, reportedTechnologies } from "../index.ts";
import { siteLevelPageTest } from "../site-level-pages.ts";
import { fixtureSet, makePage } from "./make-page.ts";

const SITE = "https://www.shop-owner.test";
const page = (path: string, html = "<p>x</p>") => makePage(html, { url: `${SITE}${path}` });
const confidenceOf = (name: string, pages: ReturnType<typeof page>[], set = fixtureSet) =>
  detectTechnologies(pages, set).find((d) => d.name === name)?.confidence;
const WIDGET = '<script src="https://cdn.widgetly.test/w-2.js"></script>';

describe("site-level pages", () => {
  it("takes the shallowest page as home, whatever the page order", () => {
    const isSiteLevel = siteLevelPageTest([`${SITE}/galerie/`, `${SITE}/`, `${SITE}/leistungen/dach.html`]);
    expect(isSiteLevel(`${SITE}/`)).toBe(true);
    expect(isSiteLevel(`${SITE}/galerie/`)).toBe(false);
    expect(isSiteLevel(`${SITE}/leistungen/dach.html`)).toBe(false);
    expect(siteLevelPageTest([`${SITE}/docs/fotos.html`, `${SITE}/docs/`])(`${SITE}/docs/`)).toBe(true);
  });

  it("counts contact, imprint, about, team, careers and directions pages in six languages", () => {
    const core = ["/kontakt/", "/contact-us.html", "/contatti", "/impressum.html", "/mentions-legales/", "/aviso-legal", "/over-ons/",
      "/ueber-uns.html", "/chi-siamo/", "/sobre-nosotros/", "/team.html", "/karriere/", "/careers/engineer.html", "/vacatures/", "/anfahrt.html"];
    const isSiteLevel = siteLevelPageTest([`${SITE}/`, `${SITE}/veranstaltungen.html`, ...core.map((p) => `${SITE}${p}`)]);
    for (const path of core) expect(isSiteLevel(`${SITE}${path}`), path).toBe(true);
    expect(isSiteLevel(`${SITE}/veranstaltungen.html`)).toBe(false);
  });
});

describe("confidence by evidence reach", () => {
  it("halves a technology seen on one secondary page only", () => {
    expect(confidenceOf("Widgetly", [page("/"), page("/fotos/", WIDGET), page("/kontakt/")])).toBe(50);
    expect(confidenceOf("Widgetly", [page("/"), page("/kontakt/", WIDGET)])).toBe(100);
    expect(confidenceOf("Widgetly", [page("/", WIDGET), page("/fotos/")])).toBe(100);
    expect(confidenceOf("Widgetly", [page("/"), page("/fotos/", WIDGET), page("/events/", WIDGET)])).toBe(100);
  });

  it("counts a pattern once per site, however many pages repeat it", () => {
    const pages = ["/", "/a/", "/b/"].map((p) => page(p, '<i class="confident-a"></i>'));
    expect(confidenceOf("Confident", pages)).toBe(30);
  });

  it("halves a library that only appears inside a WordPress plugin's folder", () => {
    const inPlugin = '<script src="/wp-content/plugins/gallery-pro/js/pathlib.min.js"></script>';
    expect(confidenceOf("Pathlib", [page("/", inPlugin)])).toBe(50);
    expect(confidenceOf("Pathlib", [page("/", '<script src="/wp-content/themes/studio/js/pathlib.js"></script>')])).toBe(100);
    expect(confidenceOf("Pathlib", [page("/", `${inPlugin}<script src="/js/pathlib.js"></script>`)])).toBe(100);
  });

  it("reports only detections at or above the threshold", () => {
    const found = detectTechnologies([page("/"), page("/fotos/", WIDGET), page("/kontakt/", '<meta name="generator" content="Acme CMS 2">')], fixtureSet);
    expect(found.map((d) => d.name)).toContain("Widgetly");
    const reported = reportedTechnologies(found);
    expect(reported.map((d) => d.name)).toContain("Acme CMS");
    expect(reported.map((d) => d.name)).not.toContain("Widgetly");
    expect(reported.every((d) => d.confidence >= MIN_REPORTED_CONFIDENCE)).toBe(true);
  });
});

describe("builtin fingerprints: weak evidence types", () => {
  const builtin = loadBuiltinFingerprints();
  const reported = (html: string) => reportedTechnologies(detectTechnologies([page("/", html)], builtin)).map((d) => d.name);

  it("reports a pure form backend from its action URL, but keeps newsletter, CRM and form-attribute evidence below the threshold", () => {
    expect(confidenceOf("Formspree", [page("/", '<form action="https://formspree.io/f/abcd" method="POST"></form>')], builtin)).toBe(100);
    expect(reported('<form method="POST" action="https://api.web3forms.com/submit"></form>')).toContain("Web3Forms");
    expect(reported('<form method="POST" action="https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8"></form>')).not.toContain("Salesforce");
    expect(reported('<form name="contact" method="POST" data-netlify="true"></form>')).not.toContain("Netlify");
  });

  it("reports the public library CDNs of Google and Bootstrap from their asset URLs", () => {
    const html = '<script src="https://ajax.googleapis.com/ajax/libs/jquery/3.7.1/jquery.min.js"></script>' +
      '<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/3.3.7/css/bootstrap.min.css">';
    expect(reported(html)).toEqual(expect.arrayContaining(["Google Hosted Libraries", "BootstrapCDN"]));
  });

  it("needs the Contact Form 7 plugin's assets, not just its form class", () => {
    const form = '<form action="/kontakt/#wpcf7-f1" method="post" class="wpcf7-form init"></form>';
    expect(reported(form)).not.toContain("Contact Form 7");
    const asset = '<script src="/wp-content/plugins/contact-form-7/includes/js/index.js?ver=5.9"></script>';
    expect(reported(`${form}${asset}`)).toContain("Contact Form 7");
  });
});
