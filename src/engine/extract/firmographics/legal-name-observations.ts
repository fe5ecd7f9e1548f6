import type { Observation } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";
import { observation, pageWeight } from "./observe.ts";
import { companyNamesIn, statedLegalForm } from "./legal-form.ts";
import { addressAt } from "./address-text.ts";

// Names in these contexts are partners, general partners, agencies or authorities — not the operator.
const OTHER_ENTITY = /gesellschafter|komplement|haftende|vertreten durch|vertretungsberechtigt|geschäftsführ|im namen|namens und|design|agentur|agency|webdesign|umsetzung|realisation|realisierung|hosting|hosted|powered|erstellt|entwickelt|developed|built by|made by|programmierung|foto|photo|bild|image|quelle|source|partner|sponsor|kunde|client|customer|aufsicht|versicherung|insurance(?! corp)|bank|sparkasse|volksbank|google|facebook|meta platforms|microsoft|amazon|linkedin|twitter|instagram|youtube|cloudflare|ionos|strato|wix|jimdo|squarespace|wordpress|automattic|netlify|github|vimeo|mailchimp|stripe|paypal|shopify|hubspot|cookiebot|usercentrics|borlabs|matomo|hotjar|trustpilot/i;

/** Legal-entity names ("Name + legal form") and legal forms stated in words, from one page. */
export function extractLegalNameObservations(doc: ParsedPage): Observation[] {
  const out: Observation[] = [];
  const weight = pageWeight(doc);
  const footer = new Set(doc.footerLines);
  const method = doc.kind === "imprint" ? "imprint_text" : "page_text";
  let rank = 0;
  doc.lines.forEach((line, i) => {
    const context = `${doc.lines[i - 1] ?? ""} ${line}`;
    for (const name of companyNamesIn(line)) {
      const before = line.slice(0, line.indexOf(name));
      if (OTHER_ENTITY.test(before.slice(-60)) || OTHER_ENTITY.test(name) || OTHER_ENTITY.test(doc.lines[i - 1] ?? "") && before.length < 3) continue;
      const bonus = (footer.has(line) ? 0.1 : 0) + (/©|\(c\)|copyright/i.test(before) ? 0.05 : 0);
      out.push(observation("legal_name", name, doc, method, weight + bonus - Math.min(rank, 5) * 0.04));
      rank++;
    }
    const stated = statedLegalForm(context);
    if (stated) out.push(observation("legal_form", stated, doc, method, weight));
  });
  if (doc.kind === "imprint") out.push(...operatorLine(doc));
  return out;
}

// The imprint names the operator on the line above its address, with or without a legal form.
function operatorLine(doc: ParsedPage): Observation[] {
  for (let i = 1; i < Math.min(doc.lines.length, 400); i++) {
    const address = addressAt(doc.lines, i);
    if (!address) continue;
    const streetOnPrevious = address.street !== null && doc.lines[i - 1] === address.street;
    const candidate = (streetOnPrevious ? doc.lines[i - 2] : doc.lines[i - 1]) ?? "";
    const name = candidate.replace(/^.*(?:§\s*\d+\s*\w+|anbieter|betreiber|herausgeber|verantwortlich|operator|publisher)\s*:?\s*/i, "").trim();
    if (!isOperatorName(name)) return [];
    return [observation("operator_name", name, doc, "imprint_text", 0.7)];
  }
  return [];
}

function isOperatorName(text: string): boolean {
  if (text.length < 3 || text.length > 70 || /\d{3}|@|:|impressum|imprint|angaben|information|kontakt|contact|adresse|address|anschrift|legal/i.test(text)) return false;
  return /^[\p{Lu}\d]/u.test(text) && !OTHER_ENTITY.test(text);
}
