import type { Db } from "../../db/database.ts";
import { toPage, type Page, type PageQuery } from "../pagination.ts";
import { getOrganization } from "../organizations/get.ts";
import { presentApiKey } from "./present.ts";
import type { ApiKey } from "./schemas.ts";

export async function listApiKeys(db: Db, organizationId: string, page: PageQuery): Promise<Page<ApiKey>> {
  await getOrganization(db, organizationId);
  const base = db.selectFrom("api_keys").where("organization_id", "=", organizationId);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy("created_at", "desc").orderBy("id", "desc").limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows.map(presentApiKey), Number(count.n), page);
}
