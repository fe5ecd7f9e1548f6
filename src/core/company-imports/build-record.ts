import { registrableDomain } from "../companies/domain-key.ts";
import { countryCodeOf } from "./country-code.ts";
import type { ImportRecord, ReaderOptions } from "./import-record.ts";
import { canonicalNaceCode, expandNaceCodes } from "./nace-codes.ts";

/** A row's fields as a format reader found them, all optional text. */
export interface RawCompanyFields {
  sourceId?: string | null;
  name?: string | null;
  legalName?: string | null;
  website?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  region?: string | null;
  country?: string | null;
  registerCourt?: string | null;
  registerNumber?: string | null;
  vatId?: string | null;
  naceCodes?: string[];
  description?: string | null;
}

const MAX_TEXT = 2000;

/** Cleans and checks one row; a row that cannot describe a company gets the reason it was rejected. */
export function buildImportRecord(raw: RawCompanyFields, options: ReaderOptions): { record: ImportRecord } | { error: string } {
  const name = clean(raw.name);
  const websiteText = clean(raw.website);
  if (!name && !websiteText) return { error: "name or website is required" };
  const website = websiteText ? websiteUrl(websiteText) : null;
  if (websiteText && !website) return { error: `website '${websiteText.slice(0, 100)}' is not a web address` };
  const country = countryCodeOf(clean(raw.country) ?? options.defaultCountry);
  if (country === undefined) return { error: `country '${String(raw.country).slice(0, 60)}' is not an ISO 3166 country` };
  const codes: string[] = [];
  for (const given of raw.naceCodes ?? []) {
    if (!given.trim()) continue;
    const code = canonicalNaceCode(given);
    if (!code) return { error: `industry code '${given.slice(0, 20)}' is not a NACE Rev. 2 code` };
    codes.push(code);
  }
  const record: ImportRecord = {
    sourceId: "",
    name,
    legalName: clean(raw.legalName),
    website,
    street: clean(raw.street),
    postalCode: clean(raw.postalCode),
    city: clean(raw.city),
    region: clean(raw.region),
    country,
    registerCourt: clean(raw.registerCourt),
    registerNumber: clean(raw.registerNumber),
    vatId: clean(raw.vatId)?.replace(/\s+/g, "").toUpperCase() ?? null,
    naceCodes: expandNaceCodes(codes),
    description: clean(raw.description),
  };
  record.sourceId = clean(raw.sourceId) ?? derivedSourceId(record);
  return { record };
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).replace(/\s+/g, " ").trim();
  return text ? text.slice(0, MAX_TEXT) : null;
}

function websiteUrl(text: string): string | null {
  const withScheme = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return registrableDomain(url.hostname) ? url.toString() : null;
  } catch {
    return null;
  }
}

// Files without their own row ids are still idempotent: the same company yields the same id again.
function derivedSourceId(record: ImportRecord): string {
  const domain = registrableDomain(record.website);
  if (domain) return `domain:${domain}`;
  if (record.registerNumber) return `register:${record.country ?? ""}:${record.registerNumber}`.toLowerCase();
  return `name:${record.country ?? ""}:${record.city ?? ""}:${record.name ?? ""}`.toLowerCase();
}
