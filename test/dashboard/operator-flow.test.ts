import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { call } from "../support/test-app.ts";
import { browserAvailable, launchBrowser } from "./browser.ts";
import { expectFitsWidth, expectNoSeriousA11yViolations } from "./a11y.ts";
import { startDashboardServer, type DashboardServer } from "./dashboard-server.ts";

// Opt-in for now (DASHBOARD_OPERATOR_E2E=1): its one full run so far ended with the vitest worker out of
// heap (4 GB) after ~11 minutes on a heavily loaded machine, cause not yet found; kept out of the default
// run so it cannot take CI down while that is investigated.
const run = Boolean(process.env.DASHBOARD_OPERATOR_E2E) && browserAvailable();
if (!process.env.DASHBOARD_OPERATOR_E2E) console.warn("Skipping the dashboard operator e2e: set DASHBOARD_OPERATOR_E2E=1 to run it");
let server: DashboardServer;
let browser: Browser;

beforeAll(async () => {
  if (!run) return;
  server = await startDashboardServer();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page, key: string): Promise<void> {
  await page.goto(`${server.origin}/app/`);
  await page.getByLabel("Organization key or operator key").fill(key);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function openPage(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole("link", { name: link, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

// A small generic dataset written for this test: two companies and one row without a name.
const DATASET = ["source_id,name,website,postal_code,city,country", "t-1,Ufer Maschinenbau GmbH,ufer-maschinen-test.de,70173,Stuttgart,DE", "t-2,Kranich Logistik AG,kranich-logistik-test.de,28195,Bremen,DE", "t-3,,,,Bremen,DE"].join("\n");

describe.skipIf(!run)("the dashboard in a real browser: an operator's organizations, keys and imports", () => {
  it("creates an organization and a key shown once, the key signs a client in, revoking it locks the client out", async () => {
    const operator = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(operator, server.t.adminKey);
    await operator.getByRole("heading", { level: 1, name: "Review queue" }).waitFor();
    await openPage(operator, "Organizations & keys", "Organizations");
    await operator.getByLabel("Name").fill("Northwind Sales");
    await operator.getByRole("button", { name: "Create organization" }).click();
    await operator.getByRole("heading", { level: 1, name: "Organization Northwind Sales" }).waitFor();

    await operator.getByLabel("Name", { exact: true }).fill("crm sync");
    await operator.getByLabel("Scopes").selectOption("full_access");
    await operator.getByRole("button", { name: "Create key" }).click();
    const shown = operator.getByTestId("new-key");
    await shown.waitFor();
    const key = (await shown.textContent())!.trim();
    expect(key.length).toBeGreaterThan(20);
    await expectNoSeriousA11yViolations(operator, "organization with a new key");
    await operator.getByRole("button", { name: "I have copied it" }).click();
    expect(await operator.getByTestId("new-key").count()).toBe(0);
    const keyRow = operator.getByRole("row", { name: /crm sync/ });
    await keyRow.waitFor();
    expect(await keyRow.textContent()).not.toContain(key);

    const client = await (await browser.newContext()).newPage();
    await signIn(client, key);
    await client.getByRole("heading", { level: 1, name: "Orders" }).waitFor();

    operator.once("dialog", (dialog) => void dialog.accept());
    await keyRow.getByRole("button", { name: /Revoke/ }).click();
    await operator.getByText("Revoked crm sync.").waitFor();
    await keyRow.getByText("revoked").waitFor();

    const again = await (await browser.newContext()).newPage();
    await signIn(again, key);
    await again.getByText("This key was not accepted as an organization key or an operator key.").waitFor();
    expect(await again.evaluate(() => (globalThis as any).sessionStorage.length)).toBe(0);
  }, 120_000);

  it("imports a company dataset and shows its progress and counts; every operator page passes axe at 1280 and at 390 px", async () => {
    const operator = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(operator, server.t.adminKey);
    await operator.getByRole("heading", { level: 1, name: "Review queue" }).waitFor();
    await openPage(operator, "Company imports", "Company imports");
    await operator.getByLabel("Format").selectOption("generic");
    await operator.getByLabel(/Dataset name/).fill("dashboard-test-set");
    await operator.getByLabel("File").setInputFiles({ name: "companies.csv", mimeType: "text/csv", buffer: Buffer.from(DATASET) });
    await operator.getByRole("button", { name: "Start import" }).click();
    const row = operator.getByRole("row", { name: /dashboard-test-set/ });
    await row.getByText("SUCCEEDED").waitFor({ timeout: 60_000 });

    const listed = (await call(server.t.app, "GET", "/api/admin/v1/company-imports", { key: server.t.adminKey })).body_json.items[0];
    expect(listed).toMatchObject({ source: "dashboard-test-set", status: "SUCCEEDED", rows_read: 3 });
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells.slice(0, 7)).toEqual(["dashboard-test-set", "generic", "SUCCEEDED", "3", String(listed.rows_imported), String(listed.rows_updated), String(listed.rows_rejected)]);
    expect(listed.rows_imported).toBe(2);
    await expectNoSeriousA11yViolations(operator, "company imports");

    const pages = [
      ["Review queue", "Review queue"],
      ["Organizations & keys", "Organizations"],
      ["Company imports", "Company imports"],
      ["Erasure & suppression", "Erasure and suppression"],
      ["Metrics & webhook health", "Metrics and webhook health"],
    ] as const;
    for (const [link, heading] of pages) {
      await openPage(operator, link, heading);
      await expectNoSeriousA11yViolations(operator, `${heading} at 1280 px`);
    }
    await operator.getByRole("heading", { name: "Job queue" }).waitFor();
    await operator.setViewportSize({ width: 390, height: 844 });
    for (const [link, heading] of pages) {
      await openPage(operator, link, heading);
      await expectFitsWidth(operator, `${heading} at 390 px`);
      await expectNoSeriousA11yViolations(operator, `${heading} at 390 px`);
    }
  }, 120_000);
});
