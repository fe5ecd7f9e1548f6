import { randomBytes } from "node:crypto";
import { createSecretBox } from "../../src/core/secrets/secret-box.ts";
// Webhook delivery throughput: N `delivery.company_qualified` events for one destination, delivered
// by the `webhooks.deliver` task to a loopback receiver, against raw signed POSTs from this process.
// Usage: npx tsx bench/pipeline/webhooks.ts [--events N] [--concurrency C] [--polling S] [--out file.json]
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { authenticateApiKey } from "../../src/core/api-keys/authenticate.ts";
import { createApiKey } from "../../src/core/api-keys/create.ts";
import { createOrder } from "../../src/core/orders/create.ts";
import { createOrganization } from "../../src/core/organizations/create.ts";
import { createDestination } from "../../src/core/webhook-destinations/create.ts";
import { enqueueWebhookEvent } from "../../src/core/webhooks/enqueue-event.ts";
import { webhookHeaders } from "../../src/core/webhooks/sign.ts";
import type { Tenant } from "../../src/core/context.ts";
import { newId } from "../../src/core/ids.ts";
import { createDb, type Db } from "../../src/db/database.ts";
import { migrate } from "../../src/db/migrate.ts";
import { createPool } from "../../src/db/pool.ts";
import { createWebhookPoster } from "../../src/engine/deliver/post-webhook.ts";
import type { JobQueue } from "../../src/core/queue/job-queue.ts";
import { startJobServices } from "../../src/runtime/services.ts";
import { startWebhookReceiver } from "../../test/support/webhook-receiver.ts";
import { createScratchDatabase } from "./scratch-database.ts";
import { deliverWebhookTask } from "../../src/jobs/tasks/deliver-webhook.ts";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "2" },
    polling: { type: "string", default: "2" },
    out: { type: "string" },
  },
});
const EVENTS = Number(values.events);
const CONCURRENCY = Number(values.concurrency);
// The task posts up to pollers × batch size at once; the fair baseline has as many POSTs in flight.
const IN_FLIGHT = CONCURRENCY * (deliverWebhookTask.batchSize ?? 1);
const ENQUEUE_BATCH = 100;

type Receiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/** A qualified-company payload of realistic size (~1.5 KB), like settle-row announces. */
function companyData(i: number): Record<string, unknown> {
  return {
    order_id: newId(),
    company: {
      id: newId(), legal_name: `Holzbau Lindner ${i} GmbH`, domain: `co-${i}.bench.test`, website_url: `http://co-${i}.bench.test/`,
      address: { street: "Sägewerkstraße 12", postal_code: "87437", city: "Kempten", country: "DE" },
      registration: { number: `HRB ${1000 + i}`, court: "Amtsgericht Kempten (Allgäu)", vat_id: "DE298765432" },
      phones: ["+49 831 5402210"], emails: [`info@co-${i}.bench.test`], technologies: ["WordPress", "Google Fonts", "jQuery"],
    },
    prospects: [
      { full_name: "Markus Lindner", job_title: "Geschäftsführer", email: `m.lindner@co-${i}.bench.test` },
      { full_name: "Sabine Lindner", job_title: "Leitung Büro und Buchhaltung", phone: "+49 831 5402211" },
    ],
  };
}

async function setUp(db: Db, jobs: JobQueue, receiver: Receiver): Promise<{ tenant: Tenant; searchId: string; secret: string }> {
  const organization = await createOrganization(db, { name: "Webhook bench" });
  const key = await createApiKey(db, organization.id, { name: "bench", preset: "full_access" });
  const { principal } = await authenticateApiKey(db, key.key);
  const order = await createOrder(db, jobs, principal, { order_type: "ENRICHMENT", companies: [{ company_name: "Seed", website_url: "http://seed.bench.test/" }] });
  const { profile_id } = await db.selectFrom("orders").select("profile_id").where("id", "=", order.order_id).executeTakeFirstOrThrow();
  const destination = await createDestination(db, secrets, principal.tenant, profile_id!, { type: "webhook", url: receiver.url, auth_type: "none" });
  return { tenant: principal.tenant, searchId: profile_id!, secret: destination.signing_secret };
}

async function enqueueEvents(db: Db, jobs: JobQueue, tenant: Tenant, searchId: string): Promise<void> {
  for (let start = 0; start < EVENTS; start += ENQUEUE_BATCH) {
    await db.transaction().execute(async (trx) => {
      for (let i = start; i < Math.min(EVENTS, start + ENQUEUE_BATCH); i++) {
        await enqueueWebhookEvent(trx, jobs, tenant, { prospectSearchId: searchId, eventType: "delivery.company_qualified", dedupeKey: `bench:${i}`, data: companyData(i) });
      }
    });
  }
}

async function waitForDelivered(receiver: Receiver, count: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (receiver.verified.length < count) {
    if (Date.now() > deadline) throw new Error(`only ${receiver.verified.length}/${count} webhooks arrived in time`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The same signed bodies POSTed straight from this process with the product's poster, `lanes` in flight. */
async function rawPosts(receiver: Receiver, secret: string, lanes: number): Promise<number> {
  const poster = createWebhookPoster({ allowCidrs: ["127.0.0.0/8"] });
  const before = receiver.verified.length;
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < EVENTS) {
      const i = next++;
      const id = newId();
      const body = JSON.stringify({ event: "delivery.company_qualified", delivery_id: id, timestamp: new Date().toISOString(), data: companyData(i) });
      const result = await poster.post(receiver.url, webhookHeaders(secret, id, body), body);
      if (result.kind !== "response" || result.statusCode !== 204) throw new Error(`raw post failed: ${JSON.stringify(result)}`);
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  const seconds = (performance.now() - started) / 1000;
  await poster.close();
  if (receiver.verified.length - before !== EVENTS) throw new Error("raw posts were not all verified");
  return seconds;
}

const scratch = await createScratchDatabase("openprospect_bench_webhooks");
const pool = createPool(scratch.url, { max: 10 });
const db = createDb(pool);
const receiver = await startWebhookReceiver();
// One key for the run: the destination is sealed with it and the workers open it with it.
const secrets = createSecretBox(randomBytes(32));
try {
  await migrate(pool);
  const sender = await startJobServices(pool, db, { workers: false });
  const { tenant, searchId, secret } = await setUp(db, sender.jobs, receiver);
  receiver.setSecret(secret);
  const enqueueStarted = performance.now();
  await enqueueEvents(db, sender.jobs, tenant, searchId);
  const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
  await sender.stop();

  const poster = createWebhookPoster({ allowCidrs: ["127.0.0.0/8"] });
  const started = performance.now();
  const workers = await startJobServices(pool, db, { workers: true, concurrency: CONCURRENCY, pollingIntervalSeconds: Number(values.polling), ports: { webhookSender: poster }, secrets });
  await waitForDelivered(receiver, EVENTS, 20 * 60_000);
  const taskSeconds = (performance.now() - started) / 1000;
  await workers.stop();
  await poster.close();
  const undelivered = await db.selectFrom("webhook_events").select((eb) => eb.fn.countAll<number>().as("n")).where("status", "!=", "delivered").executeTakeFirstOrThrow();

  const rawSeconds = await rawPosts(receiver, secret, IN_FLIGHT);
  const rawPollerLanesSeconds = await rawPosts(receiver, secret, CONCURRENCY);
  const result = {
    events: EVENTS,
    concurrency: CONCURRENCY,
    postsInFlight: IN_FLIGHT,
    pollingIntervalSeconds: Number(values.polling),
    enqueuePerSecond: Number((EVENTS / enqueueSeconds).toFixed(0)),
    taskPerSecond: Number((EVENTS / taskSeconds).toFixed(1)),
    rawPostsPerSecond: Number((EVENTS / rawSeconds).toFixed(1)),
    taskToRawRatio: Number((rawSeconds / taskSeconds).toFixed(4)),
    rawPostsPerSecondOneLanePerPoller: Number((EVENTS / rawPollerLanesSeconds).toFixed(1)),
    duplicates: receiver.verified.length - new Set(receiver.verified.map((w) => w.id)).size,
    rejected: receiver.rejected.length,
    notDeliveredInDatabase: Number(undelivered.n),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await receiver.close();
  await db.destroy();
  await scratch.drop();
}
