import { enqueueWebhookEvent } from "../../src/core/webhooks/enqueue-event.ts";
import { createOrganization } from "../../src/core/organizations/create.ts";
import { createApiKey } from "../../src/core/api-keys/create.ts";
import { createProspectSearch, deliverCompany, extraction, job, person, tenantOf } from "../support/companies-fixtures.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, type TestApp } from "../support/test-app.ts";

export interface FuzzWorld {
  owner: TestTenant;
  /** Path segment before a parameter → the id of a real object of that kind. */
  idsBySegment: Record<string, string>;
  knownIds: string[];
}

/**
 * One of each object, so fuzzed requests also reach the code behind the not-found check. Admin
 * routes aim at a second organization, so a fuzzed PATCH or revoke never locks the fuzzer out.
 */
export async function createFuzzWorld(t: TestApp): Promise<FuzzWorld> {
  const db = t.database.db;
  const owner = await createTenant(db, { name: "Fuzzing organization" });
  const tenant = tenantOf(owner);
  const victim = await createOrganization(db, { name: "Administered organization" });
  const victimKey = await createApiKey(db, victim.id, { name: "victim key", preset: "full_access" });
  const blacklist = await call(t.app, "POST", "/api/v1/blacklists", { key: owner.key, body: { name: "Customers" } });
  const order = await call(t.app, "POST", "/api/v1/orders", {
    key: owner.key,
    body: { order_type: "ENRICHMENT", companies: [{ company_name: "Example GmbH", website_url: "https://www.example.de" }] },
  });
  const searchId = await createProspectSearch(db, tenant, "Fuzzed search");
  const destination = await call(t.app, "POST", `/api/v1/deliveries/${searchId}/destinations`, {
    key: owner.key,
    body: { type: "webhook", url: "https://crm.example.com/hook" },
  });
  const companyId = await deliverCompany(db, tenant, searchId, extraction("fuzz-gmbh.example", { name: "Fuzz GmbH", city: "Berlin" }, { people: [person("Erika Mustermann")], jobs: [job("Entwickler")] }));
  await db.transaction().execute((trx) => enqueueWebhookEvent(trx, t.jobs, tenant, { prospectSearchId: searchId, eventType: "delivery.company_qualified", dedupeKey: "fuzz", data: {} }));
  const event = await db.selectFrom("webhook_events").select("id").executeTakeFirstOrThrow();
  const prospect = await db.selectFrom("prospects").select("id").where("company_id", "=", companyId).executeTakeFirstOrThrow();
  const idsBySegment: Record<string, string> = {
    organizations: victim.id,
    "api-keys": victimKey.id,
    orders: order.body_json.order_id,
    blacklists: blacklist.body_json.id,
    "prospect-searches": searchId,
    deliveries: searchId,
    destinations: destination.body_json.id,
    events: event.id,
    "webhook-events": event.id,
    companies: companyId,
    prospects: prospect.id,
  };
  for (const [segment, id] of Object.entries(idsBySegment)) if (typeof id !== "string") throw new Error(`fuzz world has no ${segment} id`);
  return { owner, idsBySegment, knownIds: [...new Set(Object.values(idsBySegment))] };
}

/** `/api/v1/blacklists/{id}/entries` + `id` → the blacklist's id (the segment before the parameter). */
export function realIdFor(world: FuzzWorld, path: string, param: string): string | null {
  const segments = path.split("/");
  const index = segments.indexOf(`{${param}}`);
  return world.idsBySegment[segments[index - 1]] ?? null;
}
