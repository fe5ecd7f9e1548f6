import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { browserAvailable, ContextPool, launchBrowser, signIn } from "./browser.ts";
import { expectFitsWidth, expectNoSeriousA11yViolations, focusedElement, tabUntil } from "./a11y.ts";
import { startDashboardServer, type DashboardServer } from "./dashboard-server.ts";
import { seedDashboard, type SeededData } from "./seed.ts";
import { clientTour, DESKTOP, operatorTour, PHONE, visit, type TourStop } from "./page-tour.ts";

const run = browserAvailable();
let server: DashboardServer;
let browser: Browser;
let seed: SeededData;
const contexts = new ContextPool(() => browser);

beforeAll(async () => {
  if (!run) return;
  server = await startDashboardServer();
  browser = await launchBrowser();
  seed = await seedDashboard(server);
}, 240_000);

afterAll(async () => {
  await contexts.closeAll();
  await browser?.close();
  await server?.close();
});

/** Each stop at 1280×800 and at 390 px: no serious or critical axe violation, no page-wide horizontal scroll. */
async function tour(page: Page, stops: TourStop[]): Promise<void> {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    for (const stop of stops) {
      await visit(page, server.origin, stop);
      const where = `${stop.name} at ${viewport.width} px`;
      await expectFitsWidth(page, where);
      await expectNoSeriousA11yViolations(page, where);
    }
  }
}

describe.skipIf(!run)("dashboard accessibility: axe-core on every page at 1280×800 and 390 px, keyboard-only use", () => {
  it("the sign-in page", async () => {
    const page = await contexts.page();
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await page.goto(`${server.origin}/app/`);
      await page.getByRole("heading", { level: 1, name: "Sign in to OpenProspect" }).waitFor();
      await expectFitsWidth(page, `sign-in at ${viewport.width} px`);
      await expectNoSeriousA11yViolations(page, `sign-in at ${viewport.width} px`);
    }
    await contexts.closeAll();
  }, 60_000);

  it("every client page", async () => {
    const page = await contexts.page();
    await signIn(page, server.origin, seed.clientKey, "Orders");
    await tour(page, clientTour(seed));
    await contexts.closeAll();
  }, 240_000);

  it("every operator page", async () => {
    const page = await contexts.page();
    await signIn(page, server.origin, server.t.adminKey, "Review queue");
    await tour(page, operatorTour(seed));
    await contexts.closeAll();
  }, 240_000);

  it("works with the keyboard alone: sign in, skip link, main menu, visible focus", async () => {
    const page = await contexts.page();
    await page.goto(`${server.origin}/app/`);
    await page.getByRole("heading", { level: 1, name: "Sign in to OpenProspect" }).waitFor();

    await page.keyboard.press("Tab");
    expect(await focusedElement(page)).toMatchObject({ id: "api-key" });
    await page.keyboard.type(seed.clientKey);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Orders" }).waitFor();
    // Arrival puts the focus on the page's heading, so the next Tab starts inside the page.
    expect(await focusedElement(page)).toMatchObject({ tag: "H1", text: "Orders" });

    // Backwards from the heading: the menu, then the skip link at the very top, visible while focused.
    const skip = await tabUntil(page, "Shift+Tab", "Skip to content");
    expect(skip).toMatchObject({ tag: "A", text: "Skip to content" });
    expect(skip.outlineStyle, "focus ring on the skip link").not.toBe("none");
    expect(skip.left, "the focused skip link is on screen").toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    expect(await focusedElement(page)).toMatchObject({ id: "main" });

    // From the content, the main menu is one Shift+Tab away and its links follow Enter.
    const link = await tabUntil(page, "Shift+Tab", "Prospect searches");
    expect(link).toMatchObject({ tag: "A", text: "Prospect searches" });
    expect(link.outlineStyle, "focus ring on a menu link").not.toBe("none");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Prospect searches" }).waitFor();
    expect(await focusedElement(page)).toMatchObject({ tag: "H1", text: "Prospect searches" });
    await contexts.closeAll();
  }, 60_000);
});
