// npm run screenshots (SCREENSHOTS=1): starts the API with workers on the fixture sites, fills it
// through the API (seed.ts), walks every dashboard page of page-tour.ts in Debian's chromium at
// 1280×800 and at 390 px, and writes docs/screenshots/<page>.png and <page>-phone.png. Each shot is
// taken only once the page's data is on screen (never "Loading…"). It runs under vitest because the
// test database set-up needs its global set-up; in an ordinary test run it is skipped, being a
// generator rather than a check (accessibility.test.ts walks the same pages as a test).
import { expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { CHROMIUM, launchBrowser, signIn } from "./browser.ts";
import { startDashboardServer } from "./dashboard-server.ts";
import { seedDashboard } from "./seed.ts";
import { clientTour, DESKTOP, operatorTour, PHONE, visit, type TourStop } from "./page-tour.ts";

const OUT = join(import.meta.dirname, "..", "..", "docs", "screenshots");

async function shoot(page: Page, name: string): Promise<void> {
  expect(await page.getByText("Loading…").count(), `${name} still says Loading…`).toBe(0);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
}

async function walk(page: Page, origin: string, stops: TourStop[]): Promise<void> {
  for (const [viewport, suffix] of [[DESKTOP, ""], [PHONE, "-phone"]] as const) {
    await page.setViewportSize(viewport);
    for (const stop of stops) {
      await visit(page, origin, stop);
      await shoot(page, `${stop.name}${suffix}`);
    }
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startDashboardServer();
  const browser = await launchBrowser().catch((e: unknown) => {
    throw new Error(`chromium at ${CHROMIUM} could not start: ${String(e)}`);
  });
  try {
    const seed = await seedDashboard(server);
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    for (const [viewport, suffix] of [[DESKTOP, ""], [PHONE, "-phone"]] as const) {
      await page.setViewportSize(viewport);
      await page.goto(`${server.origin}/app/`);
      await page.getByRole("heading", { level: 1, name: "Sign in to OpenProspect" }).waitFor();
      await shoot(page, `sign-in${suffix}`);
    }
    await page.setViewportSize(DESKTOP);
    await signIn(page, server.origin, server.t.adminKey, "Review queue");
    await walk(page, server.origin, operatorTour(seed));
    await context.close();

    const clientContext = await browser.newContext({ viewport: DESKTOP });
    const client = await clientContext.newPage();
    await signIn(client, server.origin, seed.clientKey, "Orders");
    await walk(client, server.origin, clientTour(seed));
    await clientContext.close();
    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

it.skipIf(!process.env.SCREENSHOTS)("regenerates docs/screenshots", main, 600_000);
