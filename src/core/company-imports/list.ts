import type { Db } from "../../db/database.ts";
import { toPage, type Page, type PageQuery } from "../pagination.ts";
import { presentImport } from "./present.ts";
import type { CompanyImport } from "./schemas.ts";

/** Newest first. */
export async function listCompanyImports(db: Db, page: PageQuery): Promise<Page<CompanyImport>> {
  const [rows, count] = await Promise.all([
    db.selectFrom("company_imports").selectAll().orderBy("created_at", "desc").orderBy("id", "desc").limit(page.limit).offset(page.offset).execute(),
    db.selectFrom("company_imports").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows.map(presentImport), Number(count.n), page);
}
