import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { call } from "../support/test-app.ts";
import { browserAvailable, ContextPool, launchBrowser, signIn } from "./browser.ts";
import { expectNoSeriousA11yViolations } from "./a11y.ts";
import { startDashboardServer, type DashboardServer } from "./dashboard-server.ts";

// One server and one browser for the file; each test's browser contexts are closed after it, so no
// page keeps polling the server while the next test runs. (Every page at both widths is checked
// with axe in accessibility.test.ts.)
const run = browserAvailable();
let server: DashboardServer;
let browser: Browser;
const contexts = new ContextPool(() => browser);
// Measured: the longest test took 105 s with a load average of 35 on two cores (30-50 s when quiet).
const TEST_TIMEOUT = 180_000;

beforeAll(async () => {
  if (!run) return;
  server = await startDashboardServer();
  browser = await launchBrowser();
}, 120_000);

afterEach(() => contexts.closeAll());

afterAll(async () => {
  await contexts.closeAll();
  await browser?.close();
  await server?.close();
});

async function operatorPage(): Promise<Page> {
  const page = await contexts.page();
  await signIn(page, server.origin, server.t.adminKey, "Review queue");
  return page;
}

async function openPage(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole("link", { name: link, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

const admin = (method: "GET" | "POST" | "PATCH", url: string, body?: unknown) => call(server.t.app, method, url, { key: server.t.adminKey, body });

// A small generic dataset written for this test: two companies and one row without a name.
const DATASET = ["source_id,name,website,postal_code,city,country", "t-1,Ufer Maschinenbau GmbH,ufer-maschinen-test.de,70173,Stuttgart,DE", "t-2,Kranich Logistik AG,kranich-logistik-test.de,28195,Bremen,DE", "t-3,,,,Bremen,DE"].join("\n");

describe.skipIf(!run)("the dashboard in a real browser: an operator's day", () => {
  it("creates an organization and a key shown once, the key signs a client in, revoking it locks the client out", async () => {
    const operator = await operatorPage();
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
    // Shown once: reloading the page shows the key's name, never the key.
    await operator.reload();
    await keyRow.waitFor();
    expect(await operator.locator("main").textContent()).not.toContain(key);

    const client = await contexts.page();
    await signIn(client, server.origin, key, "Orders");

    operator.once("dialog", (dialog) => void dialog.accept());
    await keyRow.getByRole("button", { name: /Revoke/ }).click();
    await operator.getByText("Revoked crm sync.").waitFor();
    await keyRow.getByText("revoked").waitFor();

    const again = await contexts.page();
    await again.goto(`${server.origin}/app/`);
    await again.getByLabel("Organization key or operator key").fill(key);
    await again.getByRole("button", { name: "Sign in" }).click();
    await again.getByText("This key was not accepted as an organization key or an operator key.").waitFor();
    expect(await again.evaluate(() => (globalThis as any).sessionStorage.length)).toBe(0);
  }, TEST_TIMEOUT);

  it("reviews orders: a rejection carries its message to the client, an acceptance its estimated cost", async () => {
    const org = (await admin("POST", "/api/admin/v1/organizations", { name: "Harbour Supplies" })).body_json;
    const key = (await admin("POST", `/api/admin/v1/organizations/${org.id}/api-keys`, { name: "orders", preset: "full_access" })).body_json.key;
    const order = async (title: string) =>
      (await call(server.t.app, "POST", "/api/v1/orders", { key, body: { order_type: "ENRICHMENT", title, companies: [{ company_name: "Nowhere Test Ltd", website_url: "https://nowhere-test.invalid" }] } })).body_json.order_id as string;
    const spring = await order("Spring campaign");
    const duplicate = await order("Duplicate upload");

    const operator = await operatorPage();
    const springRow = operator.getByRole("row", { name: /Spring campaign/ });
    const duplicateRow = operator.getByRole("row", { name: /Duplicate upload/ });
    await springRow.waitFor();
    await duplicateRow.waitFor();
    expect(await duplicateRow.getByRole("button", { name: /^Reject/ }).isDisabled(), "a rejection needs a message").toBe(true);
    await duplicateRow.getByLabel(/Message to the client/).fill("Same companies as your order of Monday.");
    await duplicateRow.getByRole("button", { name: /^Reject/ }).click();
    await operator.getByText("Rejected Duplicate upload.").waitFor();
    await duplicateRow.waitFor({ state: "detached" });

    await springRow.getByLabel(/Estimated cost/).fill("3.5");
    await springRow.getByRole("button", { name: /^Accept/ }).click();
    await operator.getByText("Accepted Spring campaign.").waitFor();
    await springRow.waitFor({ state: "detached" });
    await operator.getByText("No orders with this status.").waitFor();

    const rejected = (await call(server.t.app, "GET", `/api/v1/orders/${duplicate}`, { key })).body_json;
    expect(rejected).toMatchObject({ status: "REJECTED" });
    expect(JSON.stringify(rejected)).toContain("Same companies as your order of Monday.");
    const accepted = (await call(server.t.app, "GET", `/api/v1/orders/${spring}`, { key })).body_json;
    expect(accepted.status).not.toBe("RECEIVED");
    expect(accepted.estimated_cost).toBe(3.5);

    // The status filter shows the decided ones.
    await operator.getByLabel("Orders with status").selectOption("REJECTED");
    await operator.getByRole("row", { name: /Duplicate upload/ }).waitFor();
  }, TEST_TIMEOUT);

  it("imports a company dataset and shows its progress and counts", async () => {
    const operator = await operatorPage();
    await openPage(operator, "Company imports", "Company imports");
    await operator.getByLabel("Format").selectOption("generic");
    await operator.getByLabel(/Dataset name/).fill("dashboard-test-set");
    await operator.getByLabel("File").setInputFiles({ name: "companies.csv", mimeType: "text/csv", buffer: Buffer.from(DATASET) });
    await operator.getByRole("button", { name: "Start import" }).click();
    const row = operator.getByRole("row", { name: /dashboard-test-set/ });
    // The list polls while the import runs; the row ends SUCCEEDED without a reload.
    await row.getByText("SUCCEEDED").waitFor({ timeout: 60_000 });

    const listed = (await admin("GET", "/api/admin/v1/company-imports")).body_json.items[0];
    expect(listed).toMatchObject({ source: "dashboard-test-set", status: "SUCCEEDED", rows_read: 3, rows_imported: 2, rows_rejected: 1 });
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells.slice(0, 7)).toEqual(["dashboard-test-set", "generic", "SUCCEEDED", "3", "2", "0", "1"]);
    expect(cells[8]).toMatch(/^line 4: /);
  }, TEST_TIMEOUT);

  it("suppresses a domain and lifts it, and erases a company", async () => {
    const operator = await operatorPage();
    await openPage(operator, "Erasure & suppression", "Erasure and suppression");
    await operator.getByText("No pending requests.").waitFor();
    await operator.getByLabel("Kind").selectOption("domain");
    await operator.getByLabel("Domain or website").fill("https://www.opted-out-test.example/contact");
    await operator.getByRole("button", { name: "Suppress", exact: true }).click();
    await operator.getByText("Suppressed the domain.").waitFor();
    const suppressions = operator.getByRole("region", { name: "Suppressions", exact: true });
    await suppressions.getByRole("cell", { name: "domain", exact: true }).waitFor();
    expect((await admin("GET", "/api/admin/v1/suppressions")).body_json.total).toBe(1);
    // Only a hash is stored and shown.
    expect(await suppressions.textContent()).not.toContain("opted-out-test");

    await suppressions.getByRole("button", { name: /^Lift/ }).click();
    await operator.getByText("Suppression lifted.").waitFor();
    await suppressions.waitFor({ state: "detached" });
    expect((await admin("GET", "/api/admin/v1/suppressions")).body_json.total).toBe(0);

    const company = await server.t.database.db.selectFrom("companies").select(["id"]).where("name", "=", "Kranich Logistik AG").executeTakeFirstOrThrow();
    await operator.getByLabel("What").selectOption("companies");
    await operator.getByLabel("ID").fill(company.id);
    operator.once("dialog", (dialog) => void dialog.accept());
    await operator.getByRole("button", { name: "Erase", exact: true }).click();
    await operator.getByText("Erased, and suppressed from future crawls.").waitFor();
    const erased = await server.t.database.db.selectFrom("companies").select(["erased_at"]).where("id", "=", company.id).executeTakeFirstOrThrow();
    expect(erased.erased_at).not.toBeNull();
    // Erasing suppressed the company's domain.
    await suppressions.getByRole("cell", { name: "domain", exact: true }).waitFor();
  }, TEST_TIMEOUT);

  it("summarizes metrics and webhook health from /metrics and /health", async () => {
    const operator = await operatorPage();
    await openPage(operator, "Metrics & webhook health", "Metrics and webhook health");
    await operator.getByText(/^Service health: (healthy|degraded)/).waitFor();
    const webhooks = operator.getByRole("region", { name: /Webhook deliveries/ });
    await webhooks.getByText(/No webhook delivery attempts yet|Webhook attempts by outcome/).first().waitFor();
    const jobs = operator.getByRole("region", { name: "Jobs by task and state" });
    await jobs.waitFor();
    // The earlier tests' import and accepted order left jobs in the queue table.
    expect(await jobs.getByRole("row").count()).toBeGreaterThan(1);
    const requests = operator.getByRole("region", { name: "HTTP requests by status" });
    await requests.getByRole("cell", { name: "200", exact: true }).waitFor();
  }, TEST_TIMEOUT);
});
