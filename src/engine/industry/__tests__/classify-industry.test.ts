import { describe, expect, it } from "vitest";
import type { Page } from "../../types.ts";
import { classifyIndustry } from "../classify-industry.ts";

const page = (url: string, html: string): Page => ({ url, status: 200, headers: {}, contentType: "text/html", html, fetchedAt: "2026-01-01T00:00:00Z" });
const html = (title: string, body: string, head = "") => `<html><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

describe("classifyIndustry", () => {
  it("classifies a tax adviser from its words and the chamber its imprint names", () => {
    const result = classifyIndustry({
      pages: [
        page("https://stb.example/", html("Kanzlei Muster – Steuerberatung in Ulm", "<h1>Ihre Steuerberater</h1><p>Wir übernehmen Finanzbuchhaltung, Lohnabrechnung und Jahresabschluss.</p>")),
        page("https://stb.example/impressum", html("Impressum", "<p>Zuständige Kammer: Steuerberaterkammer Stuttgart</p>")),
      ],
    });
    expect(result).toMatchObject({ nace_section: "M", nace_division: "69", nace_code: "69.20", label: "Accounting, bookkeeping and auditing activities; tax consultancy" });
    expect(result!.confidence).toBeGreaterThan(0.5);
    expect(result!.evidence).toContainEqual({ source_url: "https://stb.example/impressum", method: "imprint_text", text: "Steuerberaterkammer" });
  });

  it("trusts a schema.org type the site declares", () => {
    const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Dentist","name":"Smile"}]}</script>`;
    const result = classifyIndustry({ pages: [page("https://smile.example/", html("Smile", "<p>Welcome to our practice.</p>", jsonLd))] });
    expect(result).toMatchObject({ nace_section: "Q", nace_division: "86", nace_code: "86.23" });
    expect(result!.evidence[0]).toEqual({ source_url: "https://smile.example/", method: "json_ld", text: "Dentist" });
  });

  it("lets a declared schema.org type outweigh several words of a secondary activity", () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"LodgingBusiness","name":"Haus am Hang"}</script>`;
    const result = classifyIndustry({
      pages: [
        page("https://hang.example/", html("Haus am Hang – Ferienwohnung", "<h1>Ferienwohnung am Bauernhof</h1><h2>Unser Biohof</h2><p>Milchvieh, Ackerbau und ein Hofladen.</p>", ld)),
        page("https://hang.example/hof", html("Unser Hof", "<h1>Landwirtschaft am Bergbauernhof</h1><p>Obstbau und Viehzucht seit 1890.</p>")),
      ],
    });
    expect(result).toMatchObject({ nace_section: "I", nace_division: "55" });
  });

  it("reads microdata types too", () => {
    const body = `<div itemscope itemtype="https://schema.org/Restaurant"><span itemprop="name">Da Mario</span></div>`;
    expect(classifyIndustry({ pages: [page("https://mario.example/", html("Da Mario", body))] })).toMatchObject({ nace_section: "I", nace_division: "56" });
  });

  it("classifies in other languages", () => {
    const fr = classifyIndustry({ pages: [page("https://x.example/", html("Cabinet d'avocats Martin", "<h1>Avocats en droit des affaires</h1>"))] });
    expect(fr).toMatchObject({ nace_section: "M", nace_division: "69", nace_code: "69.10" });
    const it_ = classifyIndustry({ pages: [page("https://y.example/", html("Trattoria da Gino", "<h1>Ristorante e pizzeria</h1>"))] });
    expect(it_).toMatchObject({ nace_section: "I", nace_division: "56" });
  });

  it("counts a trade named as the customers' for little", () => {
    const result = classifyIndustry({
      pages: [page("https://soft.example/", html("Kassensoftware für Restaurants und Cafés", "<h1>Softwareentwicklung für die Gastronomie</h1><p>Unsere Software für Restaurants.</p>"))],
    });
    expect(result).toMatchObject({ nace_section: "J", nace_division: "62" });
  });

  it("reads a trade that qualifies the product or is one of a customer list as the market", () => {
    const result = classifyIndustry({
      pages: [
        page("https://tabla.example/", html("Tabla – restaurant software", "<h1>Restaurant software</h1><p>Reservations, cloud POS and restaurant analytics for restaurant owners. Software development in Berlin.</p>", '<meta name="description" content="Cloud tools for cafés, bistros, pizzerias and restaurants">')),
      ],
    });
    expect(result).toMatchObject({ nace_section: "J", nace_division: "62" });
  });

  it("keeps words on legal pages and in footers from outweighing the company's own text", () => {
    const result = classifyIndustry({
      pages: [
        page("https://elektro.example/", html("Elektro Kurz", "<h1>Ihr Elektriker</h1><p>Elektroinstallation und Photovoltaik.</p><footer>Webdesign: Werbeagentur Blau</footer>")),
        page("https://elektro.example/datenschutz", html("Datenschutz", "<p>Rechtsanwalt, Steuerberater, Versicherungen, Banken und Hosting-Anbieter können Empfänger sein.</p>")),
      ],
    });
    expect(result).toMatchObject({ nace_section: "F", nace_division: "43", nace_code: "43.21" });
  });

  it("is less confident of a trade the site names only in running text, never in its titles or headings", () => {
    const body = "<p>Der Sauger reinigt Fliesen, Parkett und alle Bodenbeläge, auch im Sanitärbereich.</p>";
    const unstated = classifyIndustry({ pages: [page("https://heim.example/produkte", html("Heimpflege mit System", body))] });
    const stated = classifyIndustry({ pages: [page("https://fliesen.example/", html("Fliesenleger Muster", body))] });
    expect(unstated).toMatchObject({ nace_section: "F" });
    expect(unstated!.confidence).toBeLessThan(0.3);
    expect(stated!.confidence).toBeGreaterThan(unstated!.confidence * 2);
  });

  it("uses an association's legal form", () => {
    const result = classifyIndustry({ pages: [page("https://verein.example/", html("Heimatfreunde", "<p>Mitglied werden – Jahreshauptversammlung</p>"))], legalForm: "e.V." });
    expect(result).toMatchObject({ nace_section: "S", nace_division: "94" });
  });

  it("returns null when the site says nothing about its trade", () => {
    expect(classifyIndustry({ pages: [page("https://x.example/", html("Home", "<p>Willkommen auf unserer Seite. Kontakt.</p>"))] })).toBeNull();
    expect(classifyIndustry({ pages: [] })).toBeNull();
  });

  it("survives broken JSON-LD and non-HTML pages", () => {
    const result = classifyIndustry({
      pages: [
        page("https://x.example/", html("Hotel am See", "<h1>Hotel am See</h1>", `<script type="application/ld+json">{broken</script>`)),
        { ...page("https://x.example/logo.png", ""), contentType: "image/png" },
      ],
    });
    expect(result).toMatchObject({ nace_section: "I", nace_division: "55" });
  });
});
