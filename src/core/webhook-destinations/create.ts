import { randomBytes } from "node:crypto";
import type { Db } from "../../db/database.ts";
import { requireProspectSearch } from "../prospect-searches/internal.ts";
import type { Tenant } from "../context.ts";
import { ValidationError, type FieldError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import { presentDestination } from "./present.ts";
import { sealDestinationSecrets } from "./sealed-secrets.ts";
import { CreateDestinationInputSchema, type CreateDestinationInput, type Destination } from "./schemas.ts";
import { destinationUrlProblem } from "./validate-url.ts";

/**
 * Adds a webhook receiver to a search; its Standard Webhooks signing secret is returned this once.
 * Secret and bearer token are stored encrypted (AES-256-GCM, OPENPROSPECT_SECRET_KEY).
 */
export async function createDestination(
  db: Db,
  secrets: SecretBox,
  tenant: Tenant,
  prospectSearchId: string,
  rawInput: CreateDestinationInput,
): Promise<Destination & { signing_secret: string }> {
  const input = CreateDestinationInputSchema.parse(rawInput);
  const problems = [destinationUrlProblem(input.url), authProblem(input.auth_type, input.auth_token)].filter((p): p is FieldError => p !== null);
  if (problems.length) throw new ValidationError(problems);
  await requireProspectSearch(db, tenant, prospectSearchId);
  const signingSecret = `whsec_${randomBytes(24).toString("base64")}`;
  const id = newId();
  const sealed = sealDestinationSecrets(secrets, id, { signingSecret, authToken: input.auth_type === "bearer" ? input.auth_token! : null });
  const row = await db
    .insertInto("webhook_destinations")
    .values({
      id,
      organization_id: tenant.organizationId,
      test_mode: tenant.testMode,
      prospect_search_id: prospectSearchId,
      url: new URL(input.url).toString(),
      auth_type: input.auth_type,
      auth_token: sealed.auth_token,
      signing_secret: sealed.signing_secret,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ...presentDestination(row), signing_secret: signingSecret };
}

function authProblem(authType: "bearer" | "none", token: string | undefined): FieldError | null {
  if (authType === "bearer" && !token) return { field: "auth_token", message: "Required when auth_type is bearer" };
  if (authType === "none" && token) return { field: "auth_token", message: "Only allowed when auth_type is bearer" };
  return null;
}
