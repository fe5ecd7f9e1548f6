import type { PersonCandidate } from "./person-candidate.ts";
import { parsePersonName } from "./person-name.ts";
import { classifyRole, mentionsKnownRole } from "./role-class.ts";
import { isCreditLine } from "./noise-zones.ts";
import { LEGAL_FORM_PATTERN } from "./non-name-words.ts";

const NAME_THEN_ROLE = /^(.{4,60}?)\s*(?:,|\s[–—|-]\s|\()\s*(.{2,90}?)\)?$/u;
const ATTRIBUTION = /^[–—-]\s|["“”„«»]/u;

/** "Andrew Roe, Managing Director" or a photo alt "Jane Roe – Teamleitung": a name and a known role on one line. */
export function readNameRoleLine(text: string, sourceUrl: string, legalName: string | null): PersonCandidate | null {
  if (ATTRIBUTION.test(text) || isCreditLine(text)) return null;
  const m = NAME_THEN_ROLE.exec(text.trim());
  if (!m) return null;
  const parsed = parsePersonName(m[1] ?? "");
  const role = (m[2] ?? "").trim();
  if (!parsed || !mentionsKnownRole(role) || foreignCompany(role, legalName)) return null;
  return {
    ...parsed,
    role,
    roleClass: classifyRole(role),
    email: null,
    phone: null,
    linkedinUrl: null,
    method: "page_text",
    sourceUrl,
    confidence: 0.75,
  };
}

// "CEO, Muster GmbH" under a name is how customers sign testimonials; our own company is fine.
function foreignCompany(role: string, legalName: string | null): boolean {
  if (!LEGAL_FORM_PATTERN.test(role)) return false;
  return !legalName || !role.toLowerCase().includes(legalName.toLowerCase().split(/\s+/)[0] ?? "");
}
