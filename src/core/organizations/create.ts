import type { Db } from "../../db/database.ts";
import { newId } from "../ids.ts";
import { CreateOrganizationInputSchema, type Organization } from "./schemas.ts";

export async function createOrganization(db: Db, input: { name: string }): Promise<Organization> {
  const { name } = CreateOrganizationInputSchema.parse(input);
  return db.insertInto("organizations").values({ id: newId(), name }).returningAll().executeTakeFirstOrThrow();
}
