import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { call } from "../support/test-app.ts";
import { browserAvailable, launchBrowser } from "./browser.ts";
import { expectFitsWidth, expectNoSeriousA11yViolations } from "./a11y.ts";
import { startDashboardServer, type DashboardServer } from "./dashboard-server.ts";

const run = browserAvailable();
let server: DashboardServer;
let browser: Browser;
let clientKey: string;

beforeAll(async () => {
  if (!run) return;
  server = await startDashboardServer();
  browser = await launchBrowser();
  const admin = (method: "POST" | "PATCH", url: string, body: unknown) => call(server.t.app, method, url, { key: server.t.adminKey, body });
  const org = (await admin("POST", "/api/admin/v1/organizations", { name: "Sales Ops Ltd" })).body_json;
  await admin("PATCH", `/api/admin/v1/organizations/${org.id}`, { rate_limit_tier: "enterprise", rate_limit_per_hour: 100000 });
  clientKey = (await admin("POST", `/api/admin/v1/organizations/${org.id}/api-keys`, { name: "dashboard", preset: "full_access" })).body_json.key;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page, key: string, landing: string): Promise<void> {
  await page.goto(`${server.origin}/app/`);
  await expectNoSeriousA11yViolations(page, "sign-in page");
  await page.getByLabel("Organization key or operator key").fill(key);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: landing }).waitFor();
}

const CSV_WITH_A_BAD_ROW = [
  "company_name,website,crm id,city",
  "Holzbau Lindner,https://www.holzbau-lindner.de,CRM-1,",
  '"BrightPath Analytics",brightpath-analytics.co.uk,CRM-2,',
  "Broken Row,not a website,CRM-3,Ulm",
].join("\n");

describe.skipIf(!run)("the dashboard in a real browser: a client's order from CSV to export", () => {
  it("signs in, previews and sends a CSV order, the operator accepts it, progress runs to the end, a result shows its provenance, the CSV export downloads", async () => {
    const client = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })).newPage();
    await signIn(client, clientKey, "Orders");
    expect(await client.evaluate(() => Object.keys((globalThis as any).localStorage).length), "the key is kept in sessionStorage only").toBe(0);
    expect(await client.evaluate(() => (globalThis as any).sessionStorage.getItem("openprospect.session"))).toContain(clientKey);

    // New order: the preview maps the columns and flags the bad row before anything is sent.
    await client.getByRole("link", { name: "New order", exact: true }).click();
    await client.getByRole("heading", { level: 1, name: "New enrichment order" }).waitFor();
    await client.getByLabel("…or paste CSV").fill(CSV_WITH_A_BAD_ROW);
    await expect.poll(() => client.getByLabel("Your ID (external_id)").inputValue()).toBe("2");
    await client.getByText("1 rows with errors").waitFor();
    await client.getByText('website "not a website" is not an http(s) URL or a domain name').waitFor();
    expect(await client.getByRole("button", { name: /Create order for 3 companies/ }).isDisabled()).toBe(true);
    await expectNoSeriousA11yViolations(client, "new order with preview");

    await client.getByLabel("…or paste CSV").fill(CSV_WITH_A_BAD_ROW.split("\n").slice(0, 3).join("\n"));
    await client.getByText("2 companies, all rows valid").waitFor();
    await client.getByLabel("Title").fill("Fixture companies");
    await client.getByRole("button", { name: "Create order for 2 companies" }).click();
    await client.getByRole("heading", { level: 1, name: "Order Fixture companies" }).waitFor();
    await client.getByText("RECEIVED", { exact: true }).first().waitFor();

    // The operator accepts it from the review queue, with an estimated cost.
    const operator = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(operator, server.t.adminKey, "Review queue");
    const row = operator.getByRole("row", { name: /Fixture companies/ });
    await row.waitFor();
    await expectNoSeriousA11yViolations(operator, "review queue");
    await row.getByLabel(/Estimated cost/).fill("2");
    await row.getByRole("button", { name: /^Accept/ }).click();
    await operator.getByText("Accepted Fixture companies.").waitFor();

    // The client's order page polls: progress runs to 2/2 and the order completes.
    await client.getByText("COMPLETED", { exact: true }).first().waitFor({ timeout: 150_000 });
    await client.getByText("2/2 (100%)").waitFor();
    await expectNoSeriousA11yViolations(client, "completed order");

    // A result and the source of one of its fields, one click away.
    await client.getByRole("button", { name: "Open result 1" }).click();
    await client.getByRole("heading", { level: 2, name: /Result 1: Holzbau Lindner/ }).waitFor();
    await client.getByText("Match score:", { exact: false }).waitFor();
    await client.getByLabel("Source of Legal name").click();
    const sourceLink = client.locator("details.source[open] a").first();
    expect(await sourceLink.getAttribute("href")).toMatch(/holzbau-lindner\.de/);
    await client.getByRole("heading", { name: /Prospects \([1-9]/ }).waitFor();
    await client.getByRole("heading", { name: /Technologies \([1-9]/ }).waitFor();
    await expectNoSeriousA11yViolations(client, "result with provenance open");

    // Export: a CSV file built from the results JSON.
    const [download] = await Promise.all([client.waitForEvent("download"), client.getByRole("button", { name: "Export results as CSV" }).click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0].split(",").slice(0, 4)).toEqual(["position", "source_id", "status", "reason"]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("CRM-1");
    expect(lines[1]).toContain("ENRICHED");
    expect(lines[1]).toContain("holzbau-lindner.de");
    expect(lines[1]).toContain("HRB 8841");
    await client.getByText("Exported 2 results").waitFor();

    // Every other client page loads, passes axe, and fits a 390-px phone.
    for (const [link, heading] of [
      ["Orders", "Orders"],
      ["Prospect searches", "Prospect searches"],
      ["Lead inbox", "Lead inbox"],
      ["Blacklists", "Blacklists"],
      ["Deliveries", "Deliveries"],
    ] as const) {
      await client.getByRole("link", { name: link, exact: true }).click();
      await client.getByRole("heading", { level: 1, name: heading }).waitFor();
      await expectNoSeriousA11yViolations(client, `${heading} page`);
    }
    await client.setViewportSize({ width: 390, height: 844 });
    await client.getByRole("link", { name: "Orders", exact: true }).click();
    await client.getByRole("link", { name: "Fixture companies" }).waitFor();
    await expectFitsWidth(client, "orders list at 390 px");
    await expectNoSeriousA11yViolations(client, "orders list at 390 px");
  }, 240_000);
});
