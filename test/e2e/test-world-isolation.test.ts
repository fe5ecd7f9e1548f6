import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSecretKeyText } from "../../src/core/secrets/secret-box.ts";
import { demoCompanyFor } from "../../src/engine/demo-sites/index.ts";
import { startStaticSitesProxy, type StaticSitesProxy } from "../../eval/tools/static-sites-proxy.ts";
import { startServe, stopServe, type ServeProcess } from "../cli/serve-process.ts";
import { createTestDatabase, testBackend, type TestDatabase } from "../support/test-database.ts";
import { startWebhookReceiver, waitFor } from "../support/webhook-receiver.ts";

const SITES_DIR = fileURLToPath(new URL("../fixtures/sites", import.meta.url));
const HOSTS = ["holzbau-lindner.de", "brightpath-analytics.co.uk"];
const ADMIN_KEY = `lnc_admin_${"Wq4eRt7y".repeat(4)}`;

let proxy: StaticSitesProxy;
let serve: ServeProcess;
let base: string;
let database: TestDatabase | null = null;
let dataDir: string | null = null;
const receivers = { live: await startWebhookReceiver(), test: await startWebhookReceiver() };

beforeAll(async () => {
  proxy = await startStaticSitesProxy();
  for (const host of HOSTS) proxy.addSite(host, join(SITES_DIR, host));
  // The product runs as a real process: on the server backend against a fresh database, otherwise
  // on its own embedded one.
  if (testBackend() === "postgres") database = await createTestDatabase();
  else dataDir = mkdtempSync(join(tmpdir(), "openprospect-worlds-"));
  serve = startServe({
    // a shared PostgreSQL needs the operator's secret key; the embedded one generates its own
    ...(database ? { DATABASE_URL: database.url, OPENPROSPECT_SECRET_KEY: generateSecretKeyText() } : { OPENPROSPECT_DATA_DIR: dataDir! }),
    OPENPROSPECT_BOOTSTRAP_ADMIN_KEY: ADMIN_KEY,
    OPENPROSPECT_OUTBOUND_PROXY: proxy.proxyUrl,
    OPENPROSPECT_ALLOW_CIDRS: "127.0.0.0/8",
    OPENPROSPECT_WEBHOOK_ALLOW_CIDRS: "127.0.0.0/8", // the webhook receivers listen on loopback
    OPENPROSPECT_STATIC_HOSTS: HOSTS.flatMap((host) => [`${host}=127.0.0.1`, `www.${host}=127.0.0.1`]).join(","),
    OPENPROSPECT_CRAWL_DELAY_MS: "0",
    OPENPROSPECT_DNS_LOOKUPS: "off",
  });
  base = await serve.ready;
}, 300_000);
afterAll(async () => {
  if (serve) await stopServe(serve);
  await proxy?.close();
  await receivers.live.close();
  await receivers.test.close();
  await database?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function api(key: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

const completed = (key: string, orderId: string) =>
  waitFor(async () => {
    const order = (await api(key, "GET", `/api/v1/orders/${orderId}`)).json;
    return order.status === "COMPLETED" ? order : null;
  }, 120_000, 500);

async function create(key: string, path: string, body: unknown): Promise<any> {
  const response = await api(key, "POST", path, body);
  if (response.status >= 300) throw new Error(`POST ${path} → ${response.status} ${JSON.stringify(response.json)}`);
  return response.json;
}

// A prospect search is built asynchronously from a profile description (docs §8.1).
async function newSearch(key: string, name: string, targets: Record<string, unknown> = {}): Promise<string> {
  const started = await fetch(`${base}/api/v1/search-profile-creations`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
    body: JSON.stringify({ profile_name: name, ideal_customer_profile: `${name}: small and medium-sized companies`, ...targets }),
  });
  if (started.status !== 202) throw new Error(`search profile creation → ${started.status} ${await started.text()}`);
  const id = ((await started.json()) as { profile_creation_id: string }).profile_creation_id;
  const built = await waitFor(async () => {
    const creation = await read(key, `/api/v1/search-profile-creations/${id}`);
    return ["SUCCEEDED", "FAILED"].includes(creation.status) ? creation : null;
  }, 60_000, 300);
  if (built.status !== "SUCCEEDED") throw new Error(`search profile creation failed: ${JSON.stringify(built)}`);
  return built.profile_id;
}

async function read(key: string, path: string): Promise<any> {
  const response = await api(key, "GET", path);
  if (response.status !== 200) throw new Error(`GET ${path} → ${response.status} ${JSON.stringify(response.json)}`);
  return response.json;
}

// Everything a key can read about a search's companies, as one text to look for foreign values in.
async function everythingVisible(key: string, searchId: string, orderIds: string[]): Promise<{ text: string; companyIds: string[] }> {
  const parts: unknown[] = [];
  for (const orderId of orderIds) parts.push(await read(key, `/api/v1/orders/${orderId}/results`));
  const companies = (await read(key, `/api/v1/companies?prospect_search_id=${searchId}&limit=100`)).items as { id: string }[];
  parts.push(companies, await read(key, `/api/v1/prospects?prospect_search_id=${searchId}&limit=100`));
  parts.push(await read(key, `/api/v1/deliveries/${searchId}/companies?limit=100`));
  for (const { id } of companies) {
    for (const sub of ["", "/jobs", "/jobs/summary", "/webtech-intel", "/webtech-intel/summary"]) parts.push(await read(key, `/api/v1/companies/${id}${sub}`));
  }
  return { text: JSON.stringify(parts), companyIds: companies.map((c) => c.id) };
}

// The invented values a demonstration site shows for a host that the real (fixture) site does not.
function inventedValues(host: string): string[] {
  const demo = demoCompanyFor(host);
  const real = readTree(join(SITES_DIR, host));
  const phoneDigits = demo.phone.replace(/\D/g, "").slice(-7);
  return [demo.register, demo.vatId, demo.managingDirector, demo.teamMember.name, demo.teamMember.email, demo.jobTitle, demo.street, phoneDigits].filter((value) => !real.includes(value));
}

function readTree(dir: string): string {
  return readdirSync(dir).map((name) => (statSync(join(dir, name)).isDirectory() ? readTree(join(dir, name)) : readFileSync(join(dir, name), "utf8"))).join("\n");
}

describe("test mode is a separate world (real processes, public API)", () => {
  it("a test key's ENRICHMENT never reaches live results, and test DISCOVERY delivers no live company", async () => {
    const org = (await api(ADMIN_KEY, "POST", "/api/admin/v1/organizations", { name: "Two Worlds Ltd" })).json;
    await api(ADMIN_KEY, "PATCH", `/api/admin/v1/organizations/${org.id}`, { rate_limit_tier: "enterprise", rate_limit_per_hour: 100000 });
    const keyOf = async (test: boolean) => (await api(ADMIN_KEY, "POST", `/api/admin/v1/organizations/${org.id}/api-keys`, { name: test ? "sandbox" : "crm", preset: "full_access", test })).json.key as string;
    const liveKey = await keyOf(false);
    const testKey = await keyOf(true);
    const searchWithHook = async (key: string, receiver: typeof receivers.live) => {
      const searchId = await newSearch(key, "Fixture companies");
      const destination = await create(key, `/api/v1/deliveries/${searchId}/destinations`, { type: "webhook", url: receiver.url, auth_type: "none" });
      receiver.setSecret(destination.signing_secret);
      return searchId;
    };
    const companies = HOSTS.map((host, i) => ({ company_name: host.split(".")[0], external_id: `C-${i}`, website_url: `https://www.${host}/` }));

    // 1. The test key enriches the real domains first: demonstration data, auto-accepted.
    const testSearch = await searchWithHook(testKey, receivers.test);
    const testOrder = (await api(testKey, "POST", "/api/v1/orders", { order_type: "ENRICHMENT", profile_id: testSearch, companies })).json;
    expect(testOrder.status).toBe("RECEIVED"); // documented create answer; test orders are accepted automatically
    await completed(testKey, testOrder.order_id);
    const invented = HOSTS.flatMap(inventedValues);
    expect(invented.length).toBeGreaterThan(8);
    const testView = await everythingVisible(testKey, testSearch, [testOrder.order_id]);
    expect(invented.filter((value) => testView.text.includes(value)).length).toBeGreaterThan(4); // the test world did get demo data

    // 2. A live order of the same domains afterwards: only what the real sites say.
    const liveSearch = await searchWithHook(liveKey, receivers.live);
    const liveOrder = (await api(liveKey, "POST", "/api/v1/orders", { order_type: "ENRICHMENT", profile_id: liveSearch, companies })).json;
    expect((await api(ADMIN_KEY, "POST", `/api/admin/v1/orders/${liveOrder.order_id}/accept`, { estimated_cost: 2 })).status).toBe(200);
    const liveDone = await completed(liveKey, liveOrder.order_id);
    expect(liveDone.progress).toMatchObject({ total: 2, succeeded: 2 });
    const liveView = await everythingVisible(liveKey, liveSearch, [liveOrder.order_id]);
    expect(liveView.text).toContain("HRB 8841"); // the real imprint's register number
    expect(invented.filter((value) => liveView.text.includes(value))).toEqual([]);
    expect(liveView.companyIds.filter((id) => testView.companyIds.includes(id))).toEqual([]);
    // and the reverse: the test world never sees the live crawl
    const testAgain = await everythingVisible(testKey, testSearch, [testOrder.order_id]);
    expect(testAgain.text).not.toContain("HRB 8841");
    for (const id of liveView.companyIds) expect((await api(testKey, "GET", `/api/v1/companies/${id}`)).status).toBe(404);
    for (const id of testView.companyIds) expect((await api(liveKey, "GET", `/api/v1/companies/${id}`)).status).toBe(404);

    // Webhooks (events table): each receiver got only its own world's companies.
    await waitFor(async () => receivers.live.verified.some((w) => w.payload.event === "delivery.company_qualified"), 60_000);
    const liveHooks = JSON.stringify(receivers.live.verified);
    expect(invented.filter((value) => liveHooks.includes(value))).toEqual([]);
    expect(JSON.stringify(receivers.test.verified)).not.toContain("HRB 8841");

    // 3. Test DISCOVERY draws only from test data, even with live companies that fit the profile.
    const discoverySearch = await newSearch(testKey, "Germany", { target_countries: ["DE"] });
    const discovery = await create(testKey, "/api/v1/orders", { order_type: "DISCOVERY", profile_id: discoverySearch, briefing_quantity: 10 });
    expect(discovery.status).toBe("RECEIVED");
    await completed(testKey, discovery.order_id);
    const discovered = await everythingVisible(testKey, discoverySearch, [discovery.order_id]);
    expect(discovered.companyIds.filter((id) => liveView.companyIds.includes(id))).toEqual([]);
    expect(discovered.text).not.toContain("HRB 8841");
  }, 300_000);
});
