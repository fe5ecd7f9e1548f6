import type { Db } from "../../db/database.ts";
import { NotFoundError } from "../errors.ts";
import { presentImport } from "./present.ts";
import type { CompanyImport } from "./schemas.ts";

export async function getCompanyImport(db: Db, importId: string): Promise<CompanyImport> {
  const row = await db.selectFrom("company_imports").selectAll().where("id", "=", importId).executeTakeFirst();
  if (!row) throw new NotFoundError("CompanyImport", importId);
  return presentImport(row);
}
