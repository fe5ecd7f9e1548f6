// npm run screenshots (SCREENSHOTS=1): starts the API with workers on the fixture sites, walks every
// dashboard page in Debian's chromium at 1280×800 (the orders list also at 390 px) and writes
// docs/screenshots/*.png. It runs under vitest because the test database set-up needs its global
// set-up; in an ordinary test run it is skipped, being a generator rather than a check.
import { it } from "vitest";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { call } from "../support/test-app.ts";
import { CHROMIUM, launchBrowser } from "./browser.ts";
import { startDashboardServer } from "./dashboard-server.ts";

const OUT = join(import.meta.dirname, "..", "..", "docs", "screenshots");

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startDashboardServer();
  const browser = await launchBrowser().catch((e: unknown) => {
    throw new Error(`chromium at ${CHROMIUM} could not start: ${String(e)}`);
  });
  try {
    const admin = (method: "POST" | "PATCH", url: string, body: unknown) => call(server.t.app, method, url, { key: server.t.adminKey, body });
    const org = (await admin("POST", "/api/admin/v1/organizations", { name: "Sales Ops Ltd" })).body_json;
    await admin("PATCH", `/api/admin/v1/organizations/${org.id}`, { rate_limit_tier: "enterprise", rate_limit_per_hour: 100000 });
    const key = (await admin("POST", `/api/admin/v1/organizations/${org.id}/api-keys`, { name: "dashboard", preset: "full_access" })).body_json.key;
    const order = (
      await call(server.t.app, "POST", "/api/v1/orders", {
        key,
        body: { order_type: "ENRICHMENT", title: "Fixture companies", companies: [{ company_name: "Holzbau Lindner", website_url: "https://www.holzbau-lindner.de", external_id: "CRM-1" }, { website_url: "brightpath-analytics.co.uk", external_id: "CRM-2" }] },
      })
    ).body_json;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const shot = async (name: string, heading: string | RegExp) => {
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    };
    const go = async (hash: string, name: string, heading: string | RegExp) => {
      await page.goto(`${server.origin}/app/#${hash}`);
      await shot(name, heading);
    };
    await page.goto(`${server.origin}/app/`);
    await shot("sign-in", "Sign in to OpenProspect");
    await signIn(page, server.t.adminKey);
    await go("/review", "operator-review-queue", "Review queue");
    await call(server.t.app, "POST", `/api/admin/v1/orders/${order.order_id}/accept`, { key: server.t.adminKey, body: { estimated_cost: 2 } });
    await go("/organizations", "operator-organizations", "Organizations");
    await go(`/organizations/${org.id}`, "operator-organization-keys", /Organization/);
    await go("/imports", "operator-imports", "Company imports");
    await go("/privacy", "operator-erasure-suppression", "Erasure and suppression");
    await go("/metrics", "operator-metrics", "Metrics and webhook health");

    await page.evaluate(() => (globalThis as any).sessionStorage.clear());
    await page.goto(`${server.origin}/app/`);
    await signIn(page, key);
    await page.goto(`${server.origin}/app/#/orders/${order.order_id}`);
    await page.getByText("COMPLETED", { exact: true }).first().waitFor({ timeout: 180_000 });
    await page.getByRole("button", { name: "Open result 1" }).click();
    await page.getByLabel("Source of Legal name").click();
    await shot("order-result-provenance", /Order/);
    await go("/orders", "orders", "Orders");
    await page.goto(`${server.origin}/app/#/orders/new`);
    await page.getByLabel("…or paste CSV").fill("company_name,website,crm id\nHolzbau Lindner,holzbau-lindner.de,CRM-1\nBroken Row,not a website,CRM-2");
    await shot("new-order-preview", "New enrichment order");
    const profileId = order.profile_id ?? (await call(server.t.app, "GET", `/api/v1/orders/${order.order_id}`, { key })).body_json.profile_id;
    await go("/searches", "prospect-searches", "Prospect searches");
    await go(`/searches/${profileId}`, "prospect-search-detail", /Prospect search/);
    await go(`/inbox?search=${profileId}`, "lead-inbox", "Lead inbox");
    await go("/blacklists", "blacklists", "Blacklists");
    await go(`/deliveries?search=${profileId}`, "deliveries", "Deliveries");
    await page.setViewportSize({ width: 390, height: 844 });
    await go("/orders", "orders-phone", "Orders");
    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function signIn(page: Page, key: string): Promise<void> {
  await page.getByLabel("Organization key or operator key").fill(key);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForFunction(() => (globalThis as any).sessionStorage.getItem("openprospect.session") !== null);
}

it.skipIf(!process.env.SCREENSHOTS)("regenerates docs/screenshots", main, 400_000);
