import { describe, expect, it } from "vitest";
import { extractJobs } from "../index.ts";
import { htmlPage } from "./page-fixture.ts";

const NAV = `<nav><ul><li><a href="/">Start</a></li><li><a href="/leistungen">Leistungen</a></li><li><a href="/karriere">Karriere</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>`;
const titles = (html: string, url = "https://firma.test/karriere/"): string[] =>
  extractJobs([htmlPage(url, html)], { domain: "firma.test" }).map((j) => j.title);

describe("careers page listings", () => {
  it("reads accordion titles with gender markers and ignores their task lists", () => {
    const html = `${NAV}<main><h2>Aktuelle Stellenangebote</h2>
      <details><summary>Zerspanungsmechaniker (m/w/d)</summary><h5>Ihre Aufgaben</h5>
        <ul><li>Abgeschlossene Ausbildung als Industriemechaniker/-in oder vergleichbar</li><li>Sie arbeiten sorgfältig und sind belastbar</li></ul></details>
      <details><summary>Bürokauffrau / Bürokaufmann (w/m/d) in Voll- und Teilzeit</summary><p>Buchhaltung und Ablage.</p></details>
      <h3>Ausbildung</h3><h4>Aktuell keine offenen Positionen</h4></main>`;
    const jobs = extractJobs([htmlPage("https://firma.test/karriere.html", html)], { domain: "firma.test" });
    expect(jobs.map((j) => j.title)).toEqual(["Zerspanungsmechaniker (m/w/d)", "Bürokauffrau / Bürokaufmann (w/m/d)"]);
    expect(jobs[1].employment_types).toEqual(["FULL_TIME", "PART_TIME"]);
  });

  it("treats a heading over several positions as a group and applies its wording", () => {
    const html = `<h2>Offene Stellen</h2><h3>Fachkräfte (Vollzeit)</h3><details><summary>Dachdecker (m/w/d)</summary></details>
      <details><summary>Bauleiter (m/w/d)</summary></details><h3>Ausbildungsplätze</h3><details><summary>Zimmerer (m/w/d)</summary></details>
      <details><summary>Kaufmann für Büromanagement (m/w/d)</summary></details>`;
    const jobs = extractJobs([htmlPage("https://firma.test/jobs", html)], { domain: "firma.test" });
    expect(jobs.map((j) => [j.title, j.employment_type])).toEqual([
      ["Dachdecker (m/w/d)", "FULL_TIME"], ["Bauleiter (m/w/d)", "FULL_TIME"],
      ["Zimmerer (m/w/d)", "APPRENTICESHIP"], ["Kaufmann für Büromanagement (m/w/d)", "APPRENTICESHIP"],
    ]);
  });

  it("strips a leading label and keeps inline gender forms", () => {
    expect(titles(`<h1>Stellenangebote</h1><h2>Wir suchen: Pflegehelfer:innen (all genders)</h2><p>Ab sofort in Teilzeit.</p>`)).toEqual(["Pflegehelfer:innen (all genders)"]);
    expect(titles(`<h2>Jobs</h2><h3>Erzieher*in</h3><h3>Koch/Köchin</h3>`)).toEqual(["Erzieher*in", "Koch/Köchin"]);
    expect(titles(`<h2>Wir suchen ab sofort eine Pflegefachkraft (m/w/d) in Vollzeit</h2><h2>Elektriker (m/f/d) gesucht!</h2>`)).toEqual(["Pflegefachkraft (m/w/d)", "Elektriker (m/f/d)"]);
  });

  it("reads English job cards with meta line, location and apply link", () => {
    const html = `<h1>Careers</h1><h2>Open positions</h2>
      <div class="job"><h3 class="job-title">Senior Data Analyst</h3><dl><dt>Location</dt><dd>Leeds, UK</dd></dl><span>Full-time</span><a href="/careers/senior-data-analyst">See job</a></div>
      <div class="job"><h3 class="job-title">Product Designer</h3><a href="mailto:jobs@firma.test?subject=Designer">Apply</a></div>
      <div class="job"><h3 class="job-title">Operations</h3><p>Keep the studio running.</p><a href="mailto:jobs@firma.test?subject=Operations">Apply</a></div>
      <h2>What we offer</h2><ul><li>Flexible hours</li><li>Team lunch</li></ul>`;
    const jobs = extractJobs([htmlPage("https://firma.test/careers", html)], { domain: "firma.test" });
    expect(jobs.map((j) => j.title)).toEqual(["Senior Data Analyst", "Product Designer", "Operations"]);
    expect(jobs[0]).toMatchObject({ location: "Leeds, UK", employment_type: "FULL_TIME", url: "https://firma.test/careers/senior-data-analyst", source: "careers_page" });
  });

  it("reads plain English titles under a bare careers heading, not the benefits after it", () => {
    const html = `<h1>Careers</h1><h3>Line Cook</h3><p>Evenings and weekends.</p><h3>Sous Chef</h3><h2>Benefits</h2><h3>Staff Meals for Every Team Member</h3><h3>Paid Time Off</h3>`;
    expect(titles(html, "https://firma.test/work-with-us")).toEqual(["Line Cook", "Sous Chef"]);
  });

  it("reads French, Dutch, Spanish and Italian listings", () => {
    expect(titles(`<h2>Offres d'emploi</h2><ul><li><a href="/emplois/1">Technicien de maintenance H/F</a></li><li><a href="/emplois/2">Stagiaire comptable</a></li></ul>`, "https://firma.test/emplois")).toEqual(["Technicien de maintenance H/F", "Stagiaire comptable"]);
    expect(titles(`<h2>Vacatures</h2><h3>Allround medewerker</h3><h3>Chauffeur C/E</h3>`, "https://firma.test/vacatures")).toEqual(["Allround medewerker", "Chauffeur C/E"]);
    expect(titles(`<h2>Ofertas de empleo</h2><h3>Desarrollador frontend</h3>`, "https://firma.test/empleo")).toEqual(["Desarrollador frontend"]);
    expect(titles(`<h2>Posizioni aperte</h2><h3>Tecnico commerciale</h3>`, "https://firma.test/lavora-con-noi")).toEqual(["Tecnico commerciale"]);
  });

  it("finds nothing on a page that says there are no openings", () => {
    expect(titles(`<h1>Karriere</h1><h2>Zurzeit sind keine Stellen ausgeschrieben</h2><p>Initiativbewerbung</p><h2>Initiativbewerbung als Maler (m/w/d)</h2>`)).toEqual([]);
    expect(titles(`<h1>Join Our Team</h1><h2>Current Openings</h2><h3>No Current Openings</h3><p>We don't have any open positions at this time.</p>`, "https://firma.test/careers/")).toEqual([]);
  });

  it("ignores navigation, benefit lists, unsolicited applications and people", () => {
    const html = `${NAV}<h1>Karriere</h1><h2>Das bieten wir</h2><ul><li>Firmenwagen</li><li>Betriebliche Altersvorsorge</li><li>Weiterbildung zum Meister</li></ul>
      <h2>Initiativbewerbung</h2><p>Sie haben keine passende Stelle gefunden? Schreiben Sie uns.</p>
      <p><strong>Ansprechpartner: Herr Max Muster</strong></p><p><strong>Muster Bau GmbH</strong></p>`;
    expect(titles(html)).toEqual([]);
  });

  it("does not read a generic call for staff as a position", () => {
    expect(titles(`<h1>Karriere</h1><p>Wir suchen laufend motivierte Mitarbeiter im Vertrieb und Telefonsupport in Voll- oder Teilzeit.</p><a href="/kontakt">Bei Interesse kontaktieren Sie uns</a>`)).toEqual([]);
    expect(titles(`<h1>Careers</h1><h2>We are always looking for talented people</h2><p>Send your CV to jobs@firma.test.</p>`, "https://firma.test/careers")).toEqual([]);
  });

  it("ignores pages that are not about working at the company", () => {
    expect(titles(`<h1>Unser Team</h1><h3>Anna Beispiel</h3><p>Elektroniker (m/w/d) seit 2010</p><h3>Projektleiter Innenausbau</h3>`, "https://firma.test/team")).toEqual([]);
    expect(titles(`<article><h1>Warum wir einen neuen Mechatroniker suchen</h1><p>Blogbeitrag</p></article>`, "https://firma.test/blog/neuigkeiten")).toEqual([]);
  });

  it("skips postings marked as closed", () => {
    const html = `<h2>Open roles</h2><div class="card"><h3>QA Engineer</h3><span>Status:</span><p>CLOSED</p></div><div class="card"><h3>Support Engineer</h3><p>OPEN</p></div>`;
    expect(titles(html, "https://firma.test/careers")).toEqual(["Support Engineer"]);
  });
});

describe("page chrome", () => {
  it("keeps content when the body carries a cookie state class", () => {
    const page = htmlPage("https://firma.test/karriere", `<div class="cookie-banner"><p>Wir nutzen Cookies</p><button>Techniker (m/w/d) Cookie</button></div><main><h2>Offene Stellen</h2><h3>Techniker (m/w/d)</h3></main>`);
    page.html = page.html.replace("<body>", '<body class="has-cookie-consent">');
    expect(extractJobs([page], { domain: "firma.test" }).map((j) => j.title)).toEqual(["Techniker (m/w/d)"]);
  });
});

describe("contact people on careers pages", () => {
  it("does not take the role under the person who receives applications for an opening", () => {
    const html = `<h2>Offene Stellen</h2><details><summary>Cloud Platform Engineer (m/w/d)</summary><p>Vollzeit, Rotterdam</p></details>
      <h3>Ihre Ansprechpartnerin</h3><div class="contact"><div>Petra</div><div>Operations Manager</div><a href="mailto:jobs@firma.test">jobs@firma.test</a></div>
      <div class="contact"><p>Jonas Weber</p><p>HR Manager (m/w/d)</p></div>`;
    expect(titles(html, "https://firma.test/karriere")).toEqual(["Cloud Platform Engineer (m/w/d)"]);
  });
});
