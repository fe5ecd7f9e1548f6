import type { Kysely } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Database } from "../../db/types.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import type { ApiKeyPrincipal, Tenant } from "../context.ts";
import { ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import { acceptWithinTransaction } from "./accept.ts";
import type { PriceList } from "../costs/price-list.ts";
import { recordOrderReceived } from "./transition-order.ts";
import { assertTestModeQuota, DEFAULT_TEST_MODE_COMPANIES_PER_HOUR } from "./test-mode-quota.ts";
import { ensureOrderReferences } from "./ensure-references.ts";
import { CreateOrderInputSchema, type CreateOrderInput, type CreateOrderRequest } from "./schemas.ts";
import { normalizeWebsiteUrl, resolveFeatures, validateCreateOrderInput } from "./validate-create-input.ts";

export interface CreatedOrder {
  order_id: string;
  order_type: "ENRICHMENT" | "DISCOVERY";
  status: "RECEIVED";
  company_count: number;
  estimated_cost: number | null;
  message: string;
}

const INSERT_CHUNK = 1000;

/** Creates an order and its input rows in one transaction; nothing is written when any rule fails. */
export async function createOrder(
  db: Db,
  jobs: JobQueue,
  principal: ApiKeyPrincipal,
  rawInput: CreateOrderRequest,
  limits: { testModeCompaniesPerHour?: number; priceDefaults?: PriceList } = {},
): Promise<CreatedOrder> {
  const input = CreateOrderInputSchema.parse(rawInput);
  const errors = validateCreateOrderInput(input);
  if (errors.length) throw new ValidationError(errors);
  const tenant = principal.tenant;
  return db.transaction().execute(async (trx) => {
    const companyCount = input.order_type === "ENRICHMENT" ? input.companies!.length : input.briefing_quantity!;
    if (tenant.testMode) await assertTestModeQuota(trx, tenant.organizationId, companyCount, limits.testModeCompaniesPerHour ?? DEFAULT_TEST_MODE_COMPANIES_PER_HOUR);
    const { profileId } = await ensureOrderReferences(trx, tenant, input);
    const orderId = newId();
    await trx
      .insertInto("orders")
      .values({
        id: orderId,
        organization_id: tenant.organizationId,
        test_mode: tenant.testMode,
        order_type: input.order_type,
        title: input.title ?? null,
        profile_id: profileId,
        features: resolveFeatures(input.features),
        briefing_quantity: companyCount,
        company_count: companyCount,
        blacklist_ids: input.blacklist_ids ?? [],
        max_cost: input.max_cost ?? null,
        max_age_days: input.max_age_days ?? null,
        created_by_key_id: principal.keyId,
      })
      .execute();
    await insertOrderCompanies(trx, orderId, input);
    await recordOrderReceived(trx, orderId, { type: "api_key", id: principal.keyId });
    await autoAcceptIfAllowed(trx, jobs, tenant, orderId, companyCount, limits.priceDefaults);
    // The documented create response describes the receipt, whatever review follows (an automatic
    // acceptance shows on GET /orders/{id}): clients match on this exact shape.
    return {
      order_id: orderId,
      order_type: input.order_type,
      status: "RECEIVED",
      company_count: companyCount,
      estimated_cost: null,
      message: "Order received. Awaiting admin review.",
    };
  });
}

async function insertOrderCompanies(trx: Kysely<Database>, orderId: string, input: CreateOrderInput): Promise<void> {
  const companies = input.companies ?? [];
  for (let start = 0; start < companies.length; start += INSERT_CHUNK) {
    const rows = companies.slice(start, start + INSERT_CHUNK).map((company, i) => ({
      id: newId(),
      order_id: orderId,
      position: start + i,
      external_id: company.external_id ?? null,
      company_name: company.company_name ?? null,
      website_url: company.website_url ? normalizeWebsiteUrl(company.website_url) : null,
      city: company.city ?? null,
      country: company.country ?? null,
    }));
    await trx.insertInto("order_companies").values(rows).execute();
  }
}

// Test-mode orders never wait for a person; live ones only up to the organization's auto-accept size.
async function autoAcceptIfAllowed(trx: Kysely<Database>, jobs: JobQueue, tenant: Tenant, orderId: string, companyCount: number, priceDefaults?: PriceList): Promise<boolean> {
  const organization = await trx
    .selectFrom("organizations")
    .select("auto_accept_max_companies")
    .where("id", "=", tenant.organizationId)
    .executeTakeFirstOrThrow();
  const allowed = tenant.testMode || (organization.auto_accept_max_companies > 0 && companyCount <= organization.auto_accept_max_companies);
  if (!allowed) return false;
  await acceptWithinTransaction(trx, jobs, { orderId, estimatedCost: null, actor: { type: "system", id: null }, message: "accepted automatically", priceDefaults });
  return true;
}
