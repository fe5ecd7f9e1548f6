import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { presentProspect } from "./present.ts";
import type { Prospect } from "./schemas.ts";
import { visibleProspectsQuery } from "./visible-prospects.ts";

export async function getProspect(db: Db, tenant: Tenant, prospectId: string): Promise<Prospect> {
  const row = await visibleProspectsQuery(db, tenant).selectAll("p").where("p.id", "=", prospectId).executeTakeFirst();
  if (!row) throw new NotFoundError("Prospect", prospectId);
  return presentProspect(row);
}
