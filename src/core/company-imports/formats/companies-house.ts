import { buildImportRecord } from "../build-record.ts";
import { countryCodeOf } from "../country-code.ts";
import type { FormatReader } from "../import-record.ts";
import { readCsvRows } from "./csv-rows.ts";
import { naceClassOfSicText } from "./sic-to-nace.ts";

const SIC_COLUMNS = ["SICCode.SicText_1", "SICCode.SicText_2", "SICCode.SicText_3", "SICCode.SicText_4"];

/**
 * Companies House "Free Company Data Product" (BasicCompanyData CSV, header names with stray
 * spaces). Only live companies are prospects: dissolved, liquidating or struck-off ones are rejected.
 */
export const readCompaniesHouse: FormatReader = async function* (input, options) {
  for await (const item of readCsvRows(input)) {
    if ("error" in item) {
      yield item;
      continue;
    }
    const row = item.columns;
    const status = (row.CompanyStatus ?? "").trim();
    if (status && !/^active/i.test(status)) {
      yield { line: item.line, error: `company status '${status}': only active companies are imported` };
      continue;
    }
    const addressCountry = row["RegAddress.Country"] ?? "";
    const built = buildImportRecord(
      {
        sourceId: row.CompanyNumber,
        name: row.CompanyName,
        legalName: row.CompanyName,
        street: [row["RegAddress.AddressLine1"], row["RegAddress.AddressLine2"]].filter((part) => part?.trim()).join(", "),
        postalCode: row["RegAddress.PostCode"],
        city: row["RegAddress.PostTown"],
        region: row["RegAddress.County"],
        // The registered office of a UK company: a blank or unfamiliar country field is still the UK.
        country: countryCodeOf(addressCountry) ?? "GB",
        registerCourt: "Companies House",
        registerNumber: row.CompanyNumber,
        naceCodes: SIC_COLUMNS.map((column) => naceClassOfSicText(row[column])).filter((code): code is string => code !== null),
      },
      options,
    );
    yield "error" in built ? { line: item.line, error: built.error } : { line: item.line, record: built.record };
  }
};
