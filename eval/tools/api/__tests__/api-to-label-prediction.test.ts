import { describe, expect, it } from "vitest";
import type { Company } from "../../../../src/core/companies/schemas.ts";
import type { Job } from "../../../../src/core/job-postings/schemas.ts";
import type { Prospect } from "../../../../src/core/prospects/schemas.ts";
import type { Technology } from "../../../../src/core/technologies/schemas.ts";
import { apiToLabelPrediction } from "../api-to-label-prediction.ts";

const ID = "0190a1b2-0000-7000-8000-000000000001";
const NOW = "2026-01-01T00:00:00.000Z";

function company(overrides: Partial<Company> = {}): Company {
  return {
    id: ID, prospect_search_id: null, name: "Tischlerei Beispiel", legal_name: "Tischlerei Beispiel GmbH", legal_form: "GmbH",
    website: "http://tischlerei-beispiel.de/", domain: "tischlerei-beispiel.de", description: null, business_type: null,
    address: { street: "Werkstattweg 3", postal_code: "12345", city: "Musterstadt", region: null, country: "DE" },
    city: "Musterstadt", country: "DE", phone: "+49 30 1234567", email: "info@tischlerei-beispiel.de",
    phones: ["+49 30 1234567", "+49 170 7654321"], fax: "+49 30 1234568", emails: ["info@tischlerei-beispiel.de", "büro@tischlerei-beispiel.de"],
    social_links: ["https://www.instagram.com/tischlerei.beispiel"],
    registration: { court: "Amtsgericht Charlottenburg", number: "HRB 99999", vat_id: "DE999999999" },
    founded_year: 1984, industry: null, employee_count: null, match_score: null, match_explanation: [], review_status: "pending",
    prospect_count: 1, job_count: 1, technology_count: 1, sources: {}, first_seen_at: NOW, updated_at: NOW,
    ...overrides,
  };
}

const prospect: Prospect = {
  id: ID, company_id: ID, full_name: "Anna Beispiel", first_name: "Anna", last_name: "Beispiel", title: "Geschäftsführerin",
  role_class: "managing_director", department: null, email: "anna@tischlerei-beispiel.de", email_status: null, inferred_email: null, phone: null, linkedin_url: null, sources: {},
  held_because: { source_url: null, first_seen_at: NOW, last_observed_at: NOW },
};

function job(title: string, status: Job["status"]): Job {
  return { id: ID, company_id: ID, title, location: "Musterstadt", employment_type: "FULL_TIME", department: null, url: null, source: "careers_page", ats: null, posted_at: null, first_seen_at: NOW, last_seen_at: NOW, status };
}

const tech: Technology = {
  id: ID, company_id: ID, name: "WordPress", slug: "wordpress", categories: ["CMS"], version: null, confidence: 100, first_detected_at: NOW, last_detected_at: NOW,
  evidence: [{ type: "meta", value: "generator WordPress 6.4", url: "http://tischlerei-beispiel.de/" }],
};

describe("apiToLabelPrediction", () => {
  it("maps the company object onto the label's company fields, with every phone, fax and email", () => {
    const prediction = apiToLabelPrediction({ company: company(), prospects: [], jobs: [], technologies: [] }, { siteId: "tischlerei", domain: null });
    expect(prediction).toMatchObject({ site_id: "tischlerei", domain: "tischlerei-beispiel.de" });
    expect(prediction.company).toMatchObject({
      name: "Tischlerei Beispiel", legal_name: "Tischlerei Beispiel GmbH", legal_form: "GmbH",
      street: "Werkstattweg 3", postal_code: "12345", city: "Musterstadt", country: "DE",
      phones: ["+49 30 1234567", "+49 170 7654321"], fax: "+49 30 1234568", emails: ["info@tischlerei-beispiel.de", "büro@tischlerei-beispiel.de"],
      vat_id: "DE999999999", register: { court: "Amtsgericht Charlottenburg", number: "HRB 99999" }, founded: 1984,
      socials: ["https://www.instagram.com/tischlerei.beispiel"],
    });
  });

  it("writes no register when the API has neither court nor number", () => {
    const bare = company({ registration: { court: null, number: null, vat_id: null } });
    expect(apiToLabelPrediction({ company: bare, prospects: [], jobs: [], technologies: [] }, { siteId: "x", domain: "x.de" }).company.register).toBeNull();
  });

  it("keeps the label's domain when there is one", () => {
    expect(apiToLabelPrediction({ company: company(), prospects: [], jobs: [], technologies: [] }, { siteId: "x", domain: "label.de" }).domain).toBe("label.de");
  });

  it("turns prospects into people, open jobs into jobs (closed ones are no longer advertised) and technologies by name", () => {
    const prediction = apiToLabelPrediction(
      { company: company(), prospects: [prospect], jobs: [job("Tischler (m/w/d)", "open"), job("Azubi Tischler", "closed")], technologies: [tech] },
      { siteId: "x", domain: null },
    );
    expect(prediction.people).toEqual([{ name: "Anna Beispiel", role: "Geschäftsführerin", role_class: "managing_director", email: "anna@tischlerei-beispiel.de", phone: null }]);
    expect(prediction.jobs).toEqual([{ title: "Tischler (m/w/d)", location: "Musterstadt", employment_type: "FULL_TIME" }]);
    expect(prediction.technologies).toEqual([{ name: "WordPress", evidence: "meta generator WordPress 6.4" }]);
  });
});
