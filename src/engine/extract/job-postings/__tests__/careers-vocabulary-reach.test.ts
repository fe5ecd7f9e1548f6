import { describe, expect, it } from "vitest";
import { extractJobs } from "../index.ts";
import { htmlPage } from "./page-fixture.ts";

const titles = (html: string, url: string): string[] => extractJobs([htmlPage(url, html)], { domain: "firma.test" }).map((j) => j.title);

describe("careers vocabulary across trades and languages", () => {
  it("reads office and legal occupations as positions", () => {
    const html = `<h1>Careers</h1><p>Take a look at our current vacancies:</p><ul><li><strong><a href="https://jobs.example/1">Practice Secretary - Family Law</a></strong></li></ul>`;
    expect(titles(html, "https://firma.test/careers")).toEqual(["Practice Secretary - Family Law"]);
  });

  it("opens the openings section at a French 'profils recherchés' heading and closes it at the offer", () => {
    const html = `<h1>Rejoignez-nous</h1><h2>Trois profils recherchés</h2><h3>Chef de rang confirmé</h3><p>Vous encadrez le service en salle.</p>
      <h3>Apprenti(e) motivé(e)</h3><p>Aucune expérience requise.</p><h2>Ce que nous offrons</h2><h3>Formation continue</h3><h3>Esprit d'équipe</h3>`;
    expect(titles(html, "https://firma.test/recrutement/")).toEqual(["Chef de rang confirmé", "Apprenti(e) motivé(e)"]);
  });
});
