import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

/** Runs axe-core on the page as it is now; fails with the rule, impact and elements of each serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, `${where}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
}

/** No horizontal scrolling of the page itself (wide tables scroll inside their own region). */
export async function expectFitsWidth(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${where} is wider than the viewport by ${overflow}px`).toBeLessThanOrEqual(1);
}
