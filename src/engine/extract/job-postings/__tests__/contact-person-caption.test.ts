import { describe, expect, it } from "vitest";
import { extractJobs } from "../index.ts";
import { htmlPage } from "./page-fixture.ts";

const titles = (html: string): string[] => extractJobs([htmlPage("https://firma.test/werken-bij", html)], { domain: "firma.test" }).map((j) => j.title);

describe("who receives applications", () => {
  it("does not read the role under a rare first name as an opening when the portrait beside it names her", () => {
    const html = `<h1>Werken bij</h1><h2>Vacatures</h2><div class="job"><h3>Data Engineer</h3><a href="mailto:jobs@firma.test">Solliciteer</a></div>
      <section><h2>Jouw sollicitatie</h2><div><div><img src="ysolde.jpg" alt="Ysolde van het team"></div>
      <div><div>Ysolde</div><div>Office Manager</div></div></div></section>`;
    expect(titles(html)).toEqual(["Data Engineer"]);
  });

  it("still reads a position under a single word that no portrait names", () => {
    const html = `<h1>Werken bij</h1><h2>Vacatures</h2><div><img src="kantoor.jpg" alt="Ons kantoor"><div><div>Nieuw</div><h3>Office Manager</h3></div></div>`;
    expect(titles(html)).toEqual(["Office Manager"]);
  });
});
