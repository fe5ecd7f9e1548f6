import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "../../types.ts";
import { AnalysisPool } from "../analysis-pool.ts";
import { extractFactsInPool } from "../extract-facts-in-pool.ts";

const page = (url: string, html: string): Page => ({ url, status: 200, headers: {}, contentType: "text/html", html, fetchedAt: "2026-01-01T00:00:00Z" });
const imprint = page("https://www.muster-elektro.de/impressum", "<html><body><h1>Impressum</h1><p>Muster Elektro GmbH<br>Hauptstraße 5<br>50667 Köln</p><p>E-Mail: info@muster-elektro.de</p><a href='/kontakt'>Kontakt</a></body></html>");
// A page that takes far more than a few milliseconds of honest work: many paragraphs of text.
const heavy = page("https://www.muster-elektro.de/archiv", `<html><body>${"<p>Ein ganz normaler Satz mit Muster Elektro GmbH und info@muster-elektro.de.</p>".repeat(40_000)}</body></html>`);

describe("AnalysisPool", () => {
  const pool = new AnalysisPool({ threads: 1, pageBudgetMs: 60_000, siteBudgetMs: 60_000 });
  afterAll(() => pool.close());

  it("runs link and fact extraction on a worker thread", async () => {
    const links = await pool.pageLinks(imprint);
    expect(links.ok && links.value.links.map((l) => l.url)).toEqual(["https://www.muster-elektro.de/kontakt"]);
    const facts = await pool.siteFacts({ pages: [imprint], domain: "muster-elektro.de" });
    expect(facts.ok && facts.value.facts.company.emails).toContain("info@muster-elektro.de");
  }, 60_000);

  it("ends a request over its budget with a reason, replaces the thread and goes on", async () => {
    const over = await pool.siteFacts({ pages: [heavy], domain: "muster-elektro.de" }, 20);
    expect(over).toEqual({ ok: false, reason: "over the analysis time budget of 20 ms" });
    const after = await pool.siteFacts({ pages: [imprint], domain: "muster-elektro.de" });
    expect(after.ok).toBe(true);
  }, 60_000);

  it("leaves out only the page that overruns when a whole site is over budget", async () => {
    const tight = new AnalysisPool({ threads: 1, pageBudgetMs: 2_000, siteBudgetMs: 4_000 });
    try {
      const heavier = page(heavy.url, heavy.html.repeat(3));
      const result = await extractFactsInPool(tight, { pages: [imprint, heavier], domain: "muster-elektro.de" });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.skippedPages.map((p) => p.url)).toEqual([heavy.url]);
      expect(result.facts.company.emails).toContain("info@muster-elektro.de");
    } finally {
      await tight.close();
    }
  }, 120_000);
});
