import { describe, expect, it } from "vitest";
import { extractJobs } from "../index.ts";
import { htmlPage } from "./page-fixture.ts";

const titles = (html: string, url: string): string[] => extractJobs([htmlPage(url, html)], { domain: "firma.test" }).map((j) => j.title);

describe("a place in parentheses after the title", () => {
  it("is not part of the title, and a long title with it still counts in a list of positions", () => {
    const html = `<h3>Nos offres d'emploi</h3><ul class="jobs">
      <li><a href="/offre-1.pdf">Technicienne ou technicien de maintenance (région de Nantes)</a></li>
      <li><a href="/offre-2.pdf">Ingénieure ou ingénieur calcul de structures, bâtiment, ouvrages d'art, génie civil (agglomération de Rennes)</a></li></ul>`;
    expect(titles(html, "https://firma.test/emplois/")).toEqual([
      "Technicienne ou technicien de maintenance",
      "Ingénieure ou ingénieur calcul de structures, bâtiment, ouvrages d'art, génie civil",
    ]);
  });

  it("keeps a qualifier in parentheses that is not a place", () => {
    expect(titles(`<h2>Open positions</h2><h3>Site Foreman (Traveling &amp; Local)</h3><h3>Field Engineer (remote)</h3>`, "https://firma.test/careers")).toEqual(["Site Foreman (Traveling & Local)", "Field Engineer"]);
  });
});
