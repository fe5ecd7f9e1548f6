import { generateSecretKeyText } from "../../src/core/secrets/secret-box.ts";
import { authenticateApiKey } from "../../src/core/api-keys/authenticate.ts";
import { createApiKey } from "../../src/core/api-keys/create.ts";
import { acceptOrder } from "../../src/core/orders/accept.ts";
import { createOrder } from "../../src/core/orders/create.ts";
import { createOrganization } from "../../src/core/organizations/create.ts";
import { updateOrganization } from "../../src/core/organizations/update.ts";
import { createDb, type Db } from "../../src/db/database.ts";
import { migrate } from "../../src/db/migrate.ts";
import { createPool } from "../../src/db/pool.ts";
import { startJobServices } from "../../src/runtime/services.ts";
import type { DriveOptions, DriveResult } from "./run.ts";
import { createScratchDatabase } from "./scratch-database.ts";
import { spawnOpenProspect, stopProcess } from "./spawn-openprospect.ts";

/** Scratch database, order created through core, N `openprospect worker` processes; clock runs from accept to COMPLETED. */
export async function drivePostgresOrder(options: DriveOptions): Promise<DriveResult> {
  const scratch = await createScratchDatabase("openprospect_bench_pipeline");
  const pool = createPool(scratch.url, { max: 4 });
  await migrate(pool);
  const db = createDb(pool);
  // Installs pg-boss and the queues; this process only sends jobs.
  const services = await startJobServices(pool, db, { workers: false });
  const organization = await createOrganization(db, { name: "Bench organization" });
  await updateOrganization(db, organization.id, { rate_limit_tier: "enterprise", rate_limit_per_hour: 1_000_000 });
  const key = await createApiKey(db, organization.id, { name: "bench", preset: "full_access" });
  const { principal } = await authenticateApiKey(db, key.key);
  const companies = options.companies.map((c, i) => ({ company_name: c.companyName, external_id: `B-${i}`, website_url: `http://${c.host}/`, city: c.city }));
  const { order_id } = await createOrder(db, services.jobs, principal, { order_type: "ENRICHMENT", title: "Pipeline bench", companies });
  const workers: Awaited<ReturnType<typeof spawnOpenProspect>>[] = [];
  // Every process on a shared PostgreSQL needs the same secret key.
  const secretKey = generateSecretKeyText();
  for (let i = 0; i < options.workers; i++) {
    workers.push(await spawnOpenProspect(["worker", "--concurrency", String(options.concurrency)], { ...options.workerEnv, DATABASE_URL: scratch.url, OPENPROSPECT_SECRET_KEY: secretKey }));
  }
  const finish = async () => {
    await Promise.all(workers.map((w) => stopProcess(w.child)));
    await services.stop();
    await db.destroy();
    await scratch.drop();
  };
  const started = performance.now();
  try {
    await acceptOrder(db, services.jobs, { orderId: order_id, estimatedCost: null, actor: { type: "admin", id: null } });
    await waitForCompletion(db, order_id, options.deadline);
  } catch (error) {
    await finish();
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    statuses: await statusCounts(db, order_id),
    pids: workers.map((w) => w.child.pid!),
    finish,
  };
}

async function waitForCompletion(db: Db, orderId: string, deadline: number): Promise<void> {
  for (;;) {
    const order = await db.selectFrom("orders").select("status").where("id", "=", orderId).executeTakeFirstOrThrow();
    if (order.status === "COMPLETED" || order.status === "FAILED") return;
    if (Date.now() > deadline) throw new Error(`order not completed in time: ${JSON.stringify(await statusCounts(db, orderId))}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function statusCounts(db: Db, orderId: string): Promise<Record<string, number>> {
  const rows = await db.selectFrom("order_companies").select(["status", (eb) => eb.fn.countAll<number>().as("n")]).where("order_id", "=", orderId).groupBy("status").execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
