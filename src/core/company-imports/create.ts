import type { Db } from "../../db/database.ts";
import { ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import { FORMAT_CONTENT_TYPES } from "./formats/index.ts";
import { presentImport } from "./present.ts";
import type { CompanyImport, CreateImportQuery } from "./schemas.ts";

/** Records a PENDING import; the body's media type must be one its format is read from. */
export async function createCompanyImport(db: Db, query: CreateImportQuery, contentType: string): Promise<CompanyImport> {
  const accepted = FORMAT_CONTENT_TYPES[query.format];
  if (!accepted.includes(contentType)) {
    throw new ValidationError([{ field: "content-type", message: `format ${query.format} is read from ${accepted.join(" or ")}, not ${contentType}` }]);
  }
  const row = await db
    .insertInto("company_imports")
    .values({ id: newId(), source: query.source, format: query.format, content_type: contentType, default_country: query.country ?? null })
    .returningAll()
    .executeTakeFirstOrThrow();
  return presentImport(row);
}
