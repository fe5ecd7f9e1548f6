import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { announceKeyChange } from "../api-keys/key-changes.ts";
import { NotFoundError } from "../errors.ts";
import { UpdateOrganizationInputSchema, type Organization, type UpdateOrganizationInput } from "./schemas.ts";

export async function updateOrganization(db: Db, organizationId: string, rawInput: UpdateOrganizationInput): Promise<Organization> {
  const input = UpdateOrganizationInputSchema.parse(rawInput);
  const row = await db
    .updateTable("organizations")
    .set({ ...input, updated_at: sql<string>`now()` })
    .where("id", "=", organizationId)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new NotFoundError("Organization", organizationId);
  // Cached keys carry the organization's tier and limits.
  await announceKeyChange(db, { scope: "organization", id: row.id });
  return row;
}
