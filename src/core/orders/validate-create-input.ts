import type { FieldError } from "../errors.ts";
import { ORDER_FEATURES, type CreateOrderInput } from "./schemas.ts";

/** The cross-field rules of an order that a schema cannot say; every error names its field. */
export function validateCreateOrderInput(input: CreateOrderInput): FieldError[] {
  const errors: FieldError[] = [];
  if (input.order_type === "ENRICHMENT") errors.push(...enrichmentRules(input));
  else errors.push(...discoveryRules(input));
  if (input.profile_id && input.profile_name) {
    errors.push({ field: "profile_name", message: "Give either profile_id or profile_name, not both" });
  }
  return errors;
}

function enrichmentRules(input: CreateOrderInput): FieldError[] {
  const errors: FieldError[] = [];
  if (input.briefing_quantity !== undefined) {
    errors.push({ field: "briefing_quantity", message: "Not allowed for ENRICHMENT orders: the quantity is the number of companies" });
  }
  if (!input.companies?.length) {
    errors.push({ field: "companies", message: "ENRICHMENT orders need 1 to 10,000 companies" });
    return errors;
  }
  const seenExternalIds = new Map<string, number>();
  input.companies.forEach((company, index) => {
    if (!company.company_name && !company.website_url) {
      errors.push({ field: `companies[${index}]`, message: "Each company needs at least company_name or website_url" });
    }
    if (company.website_url && !normalizeWebsiteUrl(company.website_url)) {
      errors.push({ field: `companies[${index}].website_url`, message: "Must be an http(s) URL or a domain name" });
    }
    if (company.external_id) {
      const first = seenExternalIds.get(company.external_id);
      if (first !== undefined) {
        errors.push({ field: `companies[${index}].external_id`, message: `Duplicate external_id (also at companies[${first}])` });
      } else seenExternalIds.set(company.external_id, index);
    }
  });
  return errors;
}

function discoveryRules(input: CreateOrderInput): FieldError[] {
  const errors: FieldError[] = [];
  if (input.companies !== undefined) errors.push({ field: "companies", message: "Not allowed for DISCOVERY orders" });
  if (!input.profile_id) errors.push({ field: "profile_id", message: "DISCOVERY orders need the profile_id of a prospect search" });
  if (input.profile_name) errors.push({ field: "profile_name", message: "DISCOVERY orders use profile_id" });
  if (input.briefing_quantity === undefined) {
    errors.push({ field: "briefing_quantity", message: "DISCOVERY orders need briefing_quantity (1 to 10,000)" });
  }
  return errors;
}

/** "example.com", "www.example.com/x" and "https://example.com" all become an absolute http(s) URL. */
export function normalizeWebsiteUrl(raw: string): string | null {
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password) return null;
  const host = url.hostname;
  if (!host.includes(".") || host.endsWith(".") || /[^a-z0-9.\-[\]:]/i.test(host)) return null;
  return url.toString();
}

export function resolveFeatures(features: CreateOrderInput["features"]): string[] {
  return features ? [...new Set(features)] : [...ORDER_FEATURES];
}
