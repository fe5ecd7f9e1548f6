import type { Db } from "../../db/database.ts";
import { NotFoundError } from "../errors.ts";
import type { Organization } from "./schemas.ts";

export async function getOrganization(db: Db, organizationId: string): Promise<Organization> {
  const row = await db.selectFrom("organizations").selectAll().where("id", "=", organizationId).executeTakeFirst();
  if (!row) throw new NotFoundError("Organization", organizationId);
  return row;
}
