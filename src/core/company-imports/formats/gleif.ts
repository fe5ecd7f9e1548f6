import { buildImportRecord } from "../build-record.ts";
import type { FormatReader } from "../import-record.ts";
import { readCsvRows } from "./csv-rows.ts";

/** The address GLEIF states for the head office, else the legal (registered) address. */
function address(row: Record<string, string>): { street: string; city?: string; region?: string; country?: string; postalCode?: string } {
  const prefix = row["Entity.HeadquartersAddress.City"]?.trim() ? "Entity.HeadquartersAddress" : "Entity.LegalAddress";
  const region = row[`${prefix}.Region`] ?? "";
  return {
    street: [row[`${prefix}.FirstAddressLine`], row[`${prefix}.AdditionalAddressLine.1`]].filter((part) => part?.trim()).join(", "),
    city: row[`${prefix}.City`],
    // GLEIF writes ISO 3166-2 subdivisions ("DE-BY"); the company's region is the part after the country.
    region: region.includes("-") ? region.split("-").slice(1).join("-") : region,
    country: row[`${prefix}.Country`],
    postalCode: row[`${prefix}.PostalCode`],
  };
}

/**
 * The GLEIF LEI-CDF golden copy as CSV: legal name, addresses, registration authority and the
 * entity's number there. Only ACTIVE entities are imported; funds are not companies to prospect.
 */
export const readGleif: FormatReader = async function* (input, options) {
  for await (const item of readCsvRows(input)) {
    if ("error" in item) {
      yield item;
      continue;
    }
    const row = item.columns;
    const status = (row["Entity.EntityStatus"] ?? "").trim().toUpperCase();
    if (status && status !== "ACTIVE") {
      yield { line: item.line, error: `entity status '${status}': only active entities are imported` };
      continue;
    }
    if ((row["Entity.EntityCategory"] ?? "").trim().toUpperCase() === "FUND") {
      yield { line: item.line, error: "entity category FUND: funds are not imported" };
      continue;
    }
    const authority = (row["Entity.RegistrationAuthority.RegistrationAuthorityID"] ?? "").trim();
    const built = buildImportRecord(
      {
        sourceId: row.LEI,
        name: row["Entity.LegalName"],
        legalName: row["Entity.LegalName"],
        ...address(row),
        registerCourt: authority && authority !== "RA999999" ? authority : row["Entity.RegistrationAuthority.OtherRegistrationAuthorityID"],
        registerNumber: row["Entity.RegistrationAuthority.RegistrationAuthorityEntityID"],
      },
      options,
    );
    yield "error" in built ? { line: item.line, error: built.error } : { line: item.line, record: built.record };
  }
};
