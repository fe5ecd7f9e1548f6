import { describe, expect, it } from "vitest";
import { extractJobs } from "../index.ts";
import { htmlPage } from "./page-fixture.ts";

const titles = (html: string): string[] => extractJobs([htmlPage("https://firma.test/karriere", html)], { domain: "firma.test" }).map((j) => j.title);

describe("a job card beside an evidenced one", () => {
  it("takes a title without job nouns when its card repeats the markup of a job card and has an apply call", () => {
    const html = `<h1>Karriere</h1><section><h2>Offene Stellen</h2><div class="grid">
      <article class="card"><span>Vollzeit</span><h3>Elektroniker:in Betriebstechnik</h3><p>Wartung der Anlagen.</p><a href="/kontakt">Jetzt bewerben</a></article>
      <article class="card"><span>Teilzeit</span><h3>Empfang und Terminvergabe</h3><p>Erste Stimme am Telefon.</p><a href="/kontakt">Jetzt bewerben</a></article>
      </div></section>
      <section><h2>Dein Alltag</h2><div class="grid"><article class="tile"><h3>Moderne Werkstatt</h3><p>Neue Maschinen.</p></article></div></section>`;
    expect(titles(html)).toEqual(["Elektroniker:in Betriebstechnik", "Empfang und Terminvergabe"]);
  });

  it("does not take a card of other markup or without an apply call", () => {
    const html = `<h1>Karriere</h1><h2>Offene Stellen</h2><div class="grid">
      <article class="card"><h3>Elektroniker:in Betriebstechnik</h3><a href="/kontakt">Jetzt bewerben</a></article>
      <article class="card"><h3>Empfang und Terminvergabe</h3><p>Kein Link.</p></article>
      <div class="card"><h3>Unsere Werkstatt</h3><a href="/werkstatt">Jetzt bewerben</a></div></div>`;
    expect(titles(html)).toEqual(["Elektroniker:in Betriebstechnik"]);
  });
});
