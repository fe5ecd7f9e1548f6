/**
 * The ICPs of issue 11 as users write them, each with the grading key: which labelled companies a
 * perfect discovery delivers — by the label's NACE industry and country, never by site or name.
 */
export interface DiscoveryIcp {
  /** What the buyer types as `ideal_customer_profile`; nothing else of the search is filled in. */
  text: string;
  /** NACE sections ("F") or divisions ("62") a company must be in to count as expected. */
  nace: string[];
  /** ISO countries a company must be in; empty = any. */
  countries: string[];
}

export const ISSUE_ICPS: DiscoveryIcp[] = [
  { text: "Software developers and IT service providers", nace: ["62"], countries: [] },
  { text: "Steuerberater und Kanzleien in Deutschland", nace: ["69"], countries: ["DE"] },
  // The corpus has no German tax or law office, so the same words without the country make the ICP gradable.
  { text: "Steuerberater und Kanzleien", nace: ["69"], countries: [] },
  { text: "Medical, dental and physiotherapy practices", nace: ["86"], countries: [] },
  { text: "Handwerksbetriebe am Bau in Deutschland", nace: ["F"], countries: ["DE"] },
];

export interface LabelledCompany {
  siteId: string;
  country: string | null;
  nace_section: string | null;
  nace_division: string | null;
}

export function isExpected(icp: DiscoveryIcp, company: LabelledCompany): boolean {
  const inIndustry = icp.nace.some((code) => (/^[A-U]$/.test(code) ? company.nace_section === code : company.nace_division === code));
  const inCountry = !icp.countries.length || (company.country !== null && icp.countries.includes(company.country.toUpperCase()));
  return inIndustry && inCountry;
}
