import type { SiteExtraction } from "../../src/engine/types.ts";

export interface PredictionMeta {
  siteId: string;
  /** The domain the site was evaluated under (label domain, or null when the label has none). */
  domain: string | null;
}

/** A SiteExtraction in the corpus label schema, the shape score.mjs compares against. */
export function toLabelPrediction(extraction: SiteExtraction, meta: PredictionMeta) {
  const c = extraction.company;
  return {
    site_id: meta.siteId,
    domain: meta.domain ?? extraction.domain,
    company: {
      name: c.name,
      legal_name: c.legal_name,
      legal_form: c.legal_form,
      street: c.street,
      postal_code: c.postal_code,
      city: c.city,
      country: c.country,
      phones: c.phones,
      fax: c.fax,
      emails: c.emails,
      vat_id: c.vat_id,
      register: c.register,
      founded: c.founded,
      socials: c.socials,
      description_keywords: c.description_keywords,
      industry: c.industry ? { nace_section: c.industry.nace_section, nace_division: c.industry.nace_division, label: c.industry.label } : null,
    },
    people: extraction.people.map((p) => ({ name: p.name, role: p.role, role_class: p.role_class, email: p.email, phone: p.phone })),
    jobs: extraction.jobs.map((j) => ({ title: j.title, location: j.location, employment_type: j.employment_type })),
    technologies: extraction.technologies.map((t) => ({
      name: t.name,
      evidence: t.evidence.length ? `${t.evidence[0].type} ${t.evidence[0].value}` : "",
    })),
  };
}
