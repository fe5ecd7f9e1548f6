import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { call } from "../support/test-app.ts";
import { browserAvailable, ContextPool, launchBrowser, signIn } from "./browser.ts";
import { expectNoSeriousA11yViolations } from "./a11y.ts";
import { startDashboardServer, type DashboardServer } from "./dashboard-server.ts";

// One server and one browser for the file; contexts are closed at the end (every page at both
// widths is checked with axe in accessibility.test.ts).
const run = browserAvailable();
let server: DashboardServer;
let browser: Browser;
let clientKey: string;
const contexts = new ContextPool(() => browser);

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
  await contexts.closeAll();
  await browser?.close();
  await server?.close();
});

// Two fixture sites and a row the preview must refuse; headers as a CRM export might name them.
const GOOD_ROWS = ["Firma,Homepage,crm id,City", "Holzbau Lindner,https://www.holzbau-lindner.de,CRM-1,", '"BrightPath Analytics",brightpath-analytics.co.uk,CRM-2,'];
const CSV_WITH_A_BAD_ROW = [...GOOD_ROWS, "Broken Row,not a website,CRM-3,Ulm"].join("\n");

describe.skipIf(!run)("the dashboard in a real browser: a client's order from CSV to export", () => {
  it("signs in, previews and sends a CSV order, the operator accepts it, progress runs to the end, a result shows its provenance, the CSV export downloads", async () => {
    // 1. Sign in: the key is kept in sessionStorage only.
    const client = await contexts.page({ acceptDownloads: true });
    await signIn(client, server.origin, clientKey, "Orders");
    expect(await client.evaluate(() => Object.keys((globalThis as any).localStorage).length), "nothing in localStorage").toBe(0);
    expect(await client.evaluate(() => (globalThis as any).sessionStorage.getItem("openprospect.session"))).toContain(clientKey);

    // 2. New order from an uploaded CSV: columns mapped from the header, the bad row flagged before anything is sent.
    await client.getByRole("link", { name: "New order", exact: true }).click();
    await client.getByRole("heading", { level: 1, name: "New enrichment order" }).waitFor();
    await client.getByLabel("Upload a CSV file").setInputFiles({ name: "crm-export.csv", mimeType: "text/csv", buffer: Buffer.from(CSV_WITH_A_BAD_ROW) });
    await expect.poll(() => client.getByLabel("Your ID (external_id)").inputValue()).toBe("2");
    expect(await client.getByLabel("Company name").inputValue()).toBe("0");
    expect(await client.getByLabel("Website", { exact: true }).inputValue()).toBe("1");
    expect(await client.getByLabel("City", { exact: true }).inputValue()).toBe("3");
    expect(await client.getByLabel("Country", { exact: true }).inputValue(), "no country column").toBe("");
    await client.getByText("3 companies, 1 row with errors").waitFor();
    const badRow = client.getByRole("region", { name: "Preview of the companies" }).getByRole("row", { name: /Broken Row/ });
    expect(await badRow.getByRole("cell").allTextContents()).toEqual(["4", "Broken Row", "not a website", "CRM-3", "Ulm", "", 'website "not a website" is not an http(s) URL or a domain name']);
    expect(await client.getByRole("button", { name: /Create order for 3 companies/ }).isDisabled(), "an order with errors cannot be sent").toBe(true);
    expect((await call(server.t.app, "GET", "/api/v1/orders", { key: clientKey })).body_json.total, "nothing was sent").toBe(0);
    await expectNoSeriousA11yViolations(client, "new order with preview");

    await client.getByLabel("…or paste CSV").fill(GOOD_ROWS.join("\n"));
    await client.getByText("2 companies, all rows valid").waitFor();
    await client.getByLabel("Title").fill("Fixture companies");
    await client.getByRole("button", { name: "Create order for 2 companies" }).click();
    await client.getByRole("heading", { level: 1, name: "Order Fixture companies" }).waitFor();
    await client.getByText("RECEIVED", { exact: true }).first().waitFor();
    const sent = (await call(server.t.app, "GET", "/api/v1/orders", { key: clientKey })).body_json.items[0];
    expect(sent).toMatchObject({ title: "Fixture companies", company_count: 2 });

    // 3. The operator accepts it from the review queue, with an estimated cost.
    const operator = await contexts.page();
    await signIn(operator, server.origin, server.t.adminKey, "Review queue");
    const row = operator.getByRole("row", { name: /Fixture companies/ });
    await row.waitFor();
    await row.getByLabel(/Estimated cost/).fill("2");
    await row.getByRole("button", { name: /^Accept/ }).click();
    await operator.getByText("Accepted Fixture companies.").waitFor();
    await operator.context().close();

    // 4. The client's order page polls: the progress bar only moves forward and ends at 100 %.
    const bar = client.getByRole("progressbar", { name: "Order progress" });
    const seen: number[] = [];
    await expect
      .poll(
        async () => {
          seen.push(Number(await bar.getAttribute("value")));
          return client.getByText("COMPLETED", { exact: true }).count();
        },
        { timeout: 180_000, interval: 500 },
      )
      .toBeGreaterThan(0);
    await client.getByText("2/2 (100%)").waitFor();
    expect(seen, "progress never moves back").toEqual([...seen].sort((a, b) => a - b));
    await client.getByText("Estimated cost").waitFor();
    expect(await client.locator("dl.facts").textContent()).toContain("2");

    // 5. A result and the source of one of its fields, one click away.
    await client.getByRole("button", { name: "Open result 1" }).click();
    await client.getByRole("heading", { level: 2, name: /Result 1: Holzbau Lindner/ }).waitFor();
    await client.getByText("Match score:", { exact: false }).waitFor();
    await client.getByLabel("Source of Legal name").click();
    const source = client.locator("details.source[open]");
    expect(await source.locator("a").first().getAttribute("href")).toMatch(/holzbau-lindner\.de/);
    expect(await source.textContent()).toMatch(/Method.+Seen/s);
    await client.getByRole("heading", { name: /Prospects \([1-9]/ }).waitFor();
    await client.getByRole("heading", { name: /Technologies \([1-9]/ }).waitFor();
    await expectNoSeriousA11yViolations(client, "result with provenance open");

    // 6. Export: a CSV file built from the results JSON.
    const [download] = await Promise.all([client.waitForEvent("download"), client.getByRole("button", { name: "Export results as CSV" }).click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0].split(",").slice(0, 4)).toEqual(["position", "source_id", "status", "reason"]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("CRM-1");
    expect(lines[1]).toContain("ENRICHED");
    expect(lines[1]).toContain("holzbau-lindner.de");
    expect(lines[1]).toContain("HRB 8841");
    expect(lines[2]).toContain("CRM-2");
    await client.getByText("Exported 2 results").waitFor();
  }, 240_000);
});
