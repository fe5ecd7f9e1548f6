import type { CompanyFacts, Page } from "../../../types.ts";

export const emptyCompany: CompanyFacts = {
  name: null, legal_name: null, legal_form: null, street: null, postal_code: null, city: null, region: null, country: null,
  phones: [], fax: null, emails: [], vat_id: null, register: null, founded: null, socials: [], description: null,
  business_type: null, description_keywords: [],
};

export function page(path: string, body: string, lang = "de"): Page {
  return {
    url: `http://example.test/${path}`,
    status: 200,
    headers: {},
    contentType: "text/html",
    html: `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`,
    fetchedAt: "2026-01-01T00:00:00Z",
  };
}
