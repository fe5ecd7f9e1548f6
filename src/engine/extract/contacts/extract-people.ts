import type { CompanyFacts, Page, PersonFacts } from "../../types.ts";
import type { PersonCandidate } from "./person-candidate.ts";
import { pageLines } from "./page-lines.ts";
import { extractRoleLinePeople } from "./role-line-people.ts";
import { extractTeamCards } from "./team-cards.ts";
import { extractJsonLdPeople } from "./json-ld-people.ts";
import { readNameRoleLine } from "./name-role-line.ts";
import { mergePeople } from "./merge-people.ts";
import { extractSentencePeople } from "./sentence-people.ts";
import { promoteSoleOwner } from "./sole-owner.ts";
import { extractFirstNameCaptions } from "./first-name-captions.ts";
import { extractRepeatedNameCaptions } from "./repeated-name-captions.ts";
import { extractBiographyPeople } from "./biography-people.ts";
import { extractGivenNameHeadings } from "./given-name-headings.ts";
import { extractRoleNameHeadings } from "./role-name-headings.ts";
import { extractImprintAddressNames } from "./imprint-address-names.ts";
import { countryFromDomain } from "./phone-number.ts";
import { attachOwnEmails, emailsIn } from "./own-emails.ts";
import { withoutSwitchboardPhones } from "./switchboard-phones.ts";

export interface PeopleContext {
  domain: string | null;
  company: CompanyFacts;
}

/** The named people who own, run or work at the company, each with their own printed contacts only. */
export function extractPeople(pages: Page[], context: PeopleContext): PersonFacts[] {
  const country = context.company.country ?? countryFromDomain(context.domain);
  const legalContext = [context.company.legal_form, context.company.legal_name].filter(Boolean).join(" ");
  const candidates: PersonCandidate[] = [];
  const emails = new Set<string>();
  for (const page of pages) {
    if (page.status >= 400 || !page.html) continue;
    const parsed = pageLines(page);
    const mailtos = parsed.$('a[href^="mailto:" i]').map((_, a) => safeDecode(parsed.$(a).attr("href") ?? "")).get();
    for (const email of emailsIn([...parsed.lines.map((l) => l.text), ...mailtos])) emails.add(email);
    const language = parsed.$("html").attr("lang")?.slice(0, 2).toLowerCase();
    candidates.push(...extractJsonLdPeople(parsed.$, page.url, country));
    candidates.push(...extractRoleLinePeople(parsed.lines, page.url, legalContext, language));
    candidates.push(...extractTeamCards(parsed, page.url, country, language));
    candidates.push(...extractFirstNameCaptions(parsed, page.url));
    candidates.push(...extractRepeatedNameCaptions(parsed, page.url, country, language));
    candidates.push(...extractBiographyPeople(parsed.lines, page.url));
    candidates.push(...extractGivenNameHeadings(parsed.lines, page.url, language));
    candidates.push(...extractRoleNameHeadings(parsed.lines, page.url, language));
    candidates.push(...extractImprintAddressNames(parsed.lines, page.url, legalContext));
    for (const line of parsed.lines) {
      const person = readNameRoleLine(line.text, page.url, context.company.legal_name);
      if (person) candidates.push(person);
      candidates.push(...extractSentencePeople(line.text, page.url, legalContext));
    }
  }
  const people = attachOwnEmails(promoteSoleOwner(mergePeople(candidates), legalContext), emails, context.domain);
  return withoutSwitchboardPhones(people, context.company.phones);
}

function safeDecode(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}
