import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DriveOptions, DriveResult } from "./run.ts";
import { spawnOpenProspect, stopProcess } from "./spawn-openprospect.ts";

/** One `openprospect serve` on embedded PGlite (API + workers in one process), driven over HTTP. */
export async function driveEmbeddedOrder(options: DriveOptions): Promise<DriveResult> {
  const dataDir = mkdtempSync(join(tmpdir(), "openprospect-bench-data-"));
  const server = await spawnOpenProspect(["serve", "--concurrency", String(options.concurrency)], { ...options.workerEnv, OPENPROSPECT_DATA_DIR: dataDir, PORT: "0" });
  const finish = async () => {
    await stopProcess(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const origin = /API\s+(http:\/\/\S+)\/api\/v1/.exec(server.banner)?.[1];
    if (!origin) throw new Error(`no API address in banner: ${server.banner}`);
    const api = client(origin, options.workerEnv.OPENPROSPECT_BOOTSTRAP_API_KEY);
    const admin = client(origin, options.workerEnv.OPENPROSPECT_BOOTSTRAP_ADMIN_KEY);
    const organizations = await admin("GET", "/api/admin/v1/organizations");
    await admin("PATCH", `/api/admin/v1/organizations/${organizations.items[0].id}`, { rate_limit_tier: "enterprise", rate_limit_per_hour: 1_000_000 });
    const companies = options.companies.map((c, i) => ({ company_name: c.companyName, external_id: `B-${i}`, website_url: `http://${c.host}/`, city: c.city }));
    const created = await api("POST", "/api/v1/orders", { order_type: "ENRICHMENT", title: "Pipeline bench", companies });
    const started = performance.now();
    await admin("POST", `/api/admin/v1/orders/${created.order_id}/accept`, { estimated_cost: 0 });
    const progress = await waitForCompletion(api, created.order_id, options.deadline);
    const seconds = (performance.now() - started) / 1000;
    const statuses = { ENRICHED: progress.succeeded, NOT_FOUND: progress.not_found, FAILED: progress.failed, EXCLUDED: progress.excluded };
    return { seconds, statuses, pids: [server.child.pid!], finish };
  } catch (error) {
    await finish();
    throw error;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API JSON read field by field, as a client script does
type Call = (method: string, path: string, body?: unknown) => Promise<any>;

function client(origin: string, key: string): Call {
  return async (method, path, body) => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path} → ${response.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text);
  };
}

async function waitForCompletion(api: Call, orderId: string, deadline: number): Promise<Record<string, number>> {
  for (;;) {
    const order = await api("GET", `/api/v1/orders/${orderId}`);
    if (order.status === "COMPLETED" || order.status === "FAILED") return order.progress;
    if (Date.now() > deadline) throw new Error(`order not completed in time: ${JSON.stringify(order.progress)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
