// The engine's shared vocabulary. The engine knows nothing of tenants or HTTP: it turns fetched
// pages into facts that carry their provenance, so core can merge them without trusting any one source.

/** One fetched and decoded document. `html` is already decoded to a JS string. */
export interface Page {
  url: string;
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  contentType: string;
  html: string;
  fetchedAt: string;
}

/** How a value was obtained; stored with every observation (the GDPR Art. 14 "source" answer). */
export type ObservationMethod =
  | "json_ld"
  | "microdata"
  | "rdfa"
  | "meta"
  | "imprint_text"
  /** Read from a labelled field of a legal notice ("Registergericht: …", "Ragione sociale: …"). */
  | "labelled_field"
  | "page_text"
  | "team_card"
  | "mailto"
  | "tel"
  | "link"
  | "cfemail"
  | "dns"
  | "smtp"
  | "ats_feed"
  | "careers_page"
  | "fingerprint"
  | "inferred";

export interface Provenance {
  sourceUrl: string;
  method: ObservationMethod;
  /** 0..1 — how much this single piece of evidence supports the value. */
  confidence: number;
}

/** A single fact about a company or person, as seen once on one page. */
export interface Observation extends Provenance {
  field: string;
  value: unknown;
}

export interface RegisterEntry {
  court: string | null;
  number: string;
}

/** The resolved company facts of one website (field names follow the label schema). */
export interface CompanyFacts {
  name: string | null;
  legal_name: string | null;
  legal_form: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  region: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** E.164 where parseable, most prominent first; main numbers only. */
  phones: string[];
  fax: string | null;
  emails: string[];
  vat_id: string | null;
  register: RegisterEntry | null;
  founded: number | null;
  socials: string[];
  description: string | null;
  business_type: string | null;
  description_keywords: string[];
  /** The main activity in NACE Rev. 2 with its evidence; absent when the analysis did not classify. */
  industry?: IndustryFacts | null;
  /**
   * Where each resolved fact was read: the one observation the resolver chose it from (for a list, its
   * first item). A fact the engine derived rather than read (a country from the domain) says `inferred`.
   */
  sources?: CompanyFactSources;
}

/** A company fact that carries its own source. */
export type CompanyFactField = Exclude<keyof CompanyFacts, "sources">;

export type CompanyFactSources = Partial<Record<CompanyFactField, Provenance>>;

export interface IndustryEvidence {
  source_url: string;
  method: ObservationMethod;
  text: string;
}

/** A company's industry in NACE Rev. 2, read from its own site. */
export interface IndustryFacts {
  nace_section: string;
  nace_division: string;
  /** The finest code the evidence supports (e.g. "69.20"), else the division. */
  nace_code: string;
  label: string;
  /** 0..1 */
  confidence: number;
  evidence: IndustryEvidence[];
}

export type RoleClass =
  | "owner"
  | "managing_director"
  | "executive"
  | "manager"
  | "employee"
  | "content_responsible"
  | "other";

export type EmailStatus = "valid" | "invalid" | "accept_all" | "unknown";

export interface PersonFacts {
  name: string;
  first_name: string | null;
  last_name: string | null;
  role: string | null;
  role_class: RoleClass;
  department: string | null;
  email: string | null;
  /** Where the email came from; `inferred` means guessed from a pattern, never presented as found. */
  email_method: ObservationMethod | null;
  email_confidence: number | null;
  /** For an inferred email: the pattern its local part was built with ("first.last" …). */
  email_pattern?: string | null;
  email_status: EmailStatus | null;
  phone: string | null;
  linkedin_url: string | null;
  provenance: Provenance;
}

export type EmploymentType =
  | "FULL_TIME"
  | "PART_TIME"
  | "CONTRACTOR"
  | "TEMPORARY"
  | "INTERN"
  | "APPRENTICESHIP"
  | "VOLUNTEER"
  | "PER_DIEM"
  | "OTHER";

export interface JobFacts {
  title: string;
  location: string | null;
  employment_type: EmploymentType | null;
  /** Every employment type the posting states, in the order shown (e.g. Teilzeit · Vollzeit). */
  employment_types?: EmploymentType[];
  department: string | null;
  url: string | null;
  source: "json_ld" | "ats" | "careers_page";
  ats: string | null;
  posted_at: string | null;
  provenance: Provenance;
}

export interface TechEvidence {
  /** header, cookie, meta, scriptSrc, script, html, dom, url, dns, certIssuer, robots, implied */
  type: string;
  /** What matched, short (a URL, a header value, a selector). */
  value: string;
  url: string;
}

export interface TechDetection {
  name: string;
  slug: string;
  categories: string[];
  version: string | null;
  /** 0..100 */
  confidence: number;
  evidence: TechEvidence[];
}

/** Everything the engine learned from one website. */
export interface SiteExtraction {
  domain: string | null;
  company: CompanyFacts;
  people: PersonFacts[];
  jobs: JobFacts[];
  technologies: TechDetection[];
  /** Every raw observation behind `company`, for provenance storage. */
  observations: Observation[];
}
