import type { Selectable } from "kysely";
import type { ProspectsTable } from "../../db/types.ts";
import type { CompanyRow } from "../companies/company-rows.ts";
import { presentCompany } from "../companies/present.ts";
import type { Company } from "../companies/schemas.ts";
import { presentProspect } from "../prospects/present.ts";
import type { Prospect } from "../prospects/schemas.ts";

export interface DeliveredCompany {
  company: Company;
  prospects: Prospect[];
  /** Erased since delivery: the row is a blank tombstone kept so feeds can say so. */
  erased: boolean;
}

/** The one shape of a delivered company, whether read from results, the feed or a webhook. */
export function presentDeliveredCompany(row: CompanyRow, people: Selectable<ProspectsTable>[]): DeliveredCompany {
  return { company: presentCompany(row), prospects: people.map(presentProspect), erased: row.erased_at !== null };
}
