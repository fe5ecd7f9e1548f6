import type { Company } from "../../../src/core/companies/schemas.ts";
import type { Job } from "../../../src/core/job-postings/schemas.ts";
import type { Prospect } from "../../../src/core/prospects/schemas.ts";
import type { Technology } from "../../../src/core/technologies/schemas.ts";
import type { PredictionMeta } from "../to-label-prediction.ts";

/** What the public API tells about one company: the company object and its three sub-lists. */
export interface ApiCompanyView {
  company: Company;
  prospects: Prospect[];
  jobs: Job[];
  technologies: Technology[];
}

/** The API's view of a company in the corpus label schema, the shape score.mjs compares against. */
export function apiToLabelPrediction(view: ApiCompanyView, meta: PredictionMeta) {
  const c = view.company;
  return {
    site_id: meta.siteId,
    domain: meta.domain ?? c.domain,
    company: {
      name: c.name,
      legal_name: c.legal_name,
      legal_form: c.legal_form,
      street: c.address.street,
      postal_code: c.address.postal_code,
      city: c.address.city,
      country: c.address.country,
      phones: c.phones,
      fax: c.fax,
      emails: c.emails,
      vat_id: c.registration.vat_id,
      register: registerOf(c.registration),
      founded: c.founded_year,
      socials: c.social_links,
      // Not exposed by the API (and not scored).
      description_keywords: [] as string[],
      industry: c.industry ? { nace_section: c.industry.nace_section, nace_division: c.industry.nace_division, label: c.industry.label } : null,
    },
    // The engine path scores guessed addresses like found ones; the API keeps them apart.
    people: view.prospects.map((p) => ({ name: p.full_name, role: p.title, role_class: p.role_class, email: p.email ?? p.inferred_email?.address ?? null, phone: p.phone })),
    // A closed job is one the site no longer advertises; labels list only open positions.
    jobs: view.jobs.filter((j) => j.status === "open").map((j) => ({ title: j.title, location: j.location, employment_type: j.employment_type })),
    technologies: view.technologies.map((t) => ({ name: t.name, evidence: t.evidence.length ? `${t.evidence[0].type} ${t.evidence[0].value}` : "" })),
  };
}

// The label writes a register as {court, number} or null; the API always has the object.
function registerOf(registration: Company["registration"]): { court: string | null; number: string | null } | null {
  return registration.court || registration.number ? { court: registration.court, number: registration.number } : null;
}
