import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

/** Runs axe-core on the page as it is now; fails with the rule, impact and elements of each serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  // Injected once per document: hash navigation keeps it, and the source is half a megabyte.
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.evaluate(axeSource);
  // Runs in the page: the page's globals, typed loosely because this project compiles without the DOM lib.
  const violations: { id: string; impact: string; help: string; nodes: string[] }[] = await page.evaluate(async () => {
    const page = globalThis as any;
    const result = await page.axe.run(page.document, { resultTypes: ["violations"] });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(" ")) }));
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, `${where}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
}

/** No horizontal scrolling of the page itself (wide tables scroll inside their own region). */
export async function expectFitsWidth(page: Page, where: string): Promise<void> {
  const overflow: number = await page.evaluate(() => {
    const root = (globalThis as any).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
  expect(overflow, `${where} is wider than the viewport by ${overflow}px`).toBeLessThanOrEqual(1);
}
