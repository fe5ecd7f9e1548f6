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

export interface FocusedElement {
  tag: string;
  id: string;
  text: string;
  outlineStyle: string;
  left: number;
}

/** What has the keyboard focus now: its tag, id, visible text, focus ring and where it sits. */
export async function focusedElement(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const element = (globalThis as any).document.activeElement;
    if (!element) return { tag: "", id: "", text: "", outlineStyle: "none", left: -1 };
    const style = (globalThis as any).getComputedStyle(element);
    return { tag: element.tagName, id: element.id, text: (element.textContent ?? "").trim(), outlineStyle: style.outlineStyle, left: element.getBoundingClientRect().left };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's text is `text`, at most 30 times; returns what has the focus then. */
export async function tabUntil(page: Page, key: "Tab" | "Shift+Tab", text: string): Promise<FocusedElement> {
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press(key);
    const focused = await focusedElement(page);
    if (focused.text === text) return focused;
  }
  return focusedElement(page);
}
