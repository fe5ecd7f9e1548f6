import type { Observation } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";
import { observation, pageWeight } from "./observe.ts";
import { addressAt, type TextAddress } from "./address-text.ts";
import { countryCode } from "./country-code.ts";

// Addresses next to these words are the regulator's or the hosting provider's, not the company's.
const FOREIGN = /beauftragte|aufsichtsbeh|commissioner|authority|hosting|hoster|provider|google|ireland|amazon|strato|ionos|hetzner|all-inkl|netlify|github|cloudflare|wilmslow|gerichtsstand|schlichtung|kammer|handwerkskammer|verband|bank/i;

/** Address observations from visible text, microdata and Open Graph business meta. */
export function extractAddressObservations(doc: ParsedPage): Observation[] {
  return [...textAddresses(doc), ...microdataAddress(doc), ...openGraphAddress(doc)];
}

function textAddresses(doc: ParsedPage): Observation[] {
  const out: Observation[] = [];
  const footer = new Set(doc.footerLines);
  const weight = pageWeight(doc);
  let rank = 0;
  doc.lines.forEach((line, i) => {
    const address = addressAt(doc.lines, i);
    if (!address) return;
    const context = doc.lines.slice(Math.max(0, i - 4), i + 1).join(" ");
    if (FOREIGN.test(context)) return;
    // The first address of an imprint is the operator's; later ones are often partners or authorities.
    const chrome = footer.has(line) && doc.kind !== "imprint" ? 0.1 : 0;
    const confidence = weight + chrome - Math.min(rank, 4) * 0.08;
    rank++;
    out.push(...addressFields(doc, address, "page_text", confidence));
  });
  return out;
}

export function addressFields(doc: ParsedPage, a: TextAddress, method: Observation["method"], confidence: number): Observation[] {
  const resolvedMethod = doc.kind === "imprint" && method === "page_text" ? "imprint_text" : method;
  if (!a.postal_code && !a.city) return [];
  // One observation per address keeps street, postal code and city of the same place together.
  return [observation("address", { ...a }, doc, resolvedMethod, confidence)];
}

function microdataAddress(doc: ParsedPage): Observation[] {
  const { $ } = doc;
  const out: Observation[] = [];
  $("[itemtype*='PostalAddress' i]").each((_, el) => {
    const prop = (name: string) => $(el).find(`[itemprop='${name}']`).first().text().replace(/\s+/g, " ").trim() || null;
    const postal = prop("postalCode");
    const city = prop("addressLocality");
    if (!postal && !city) return;
    const a: TextAddress = { street: prop("streetAddress"), postal_code: postal ?? "", city: city ?? "", region: prop("addressRegion"), country: countryCode(prop("addressCountry")) };
    out.push(...addressFields(doc, a, "microdata", 0.8));
  });
  return out;
}

function openGraphAddress(doc: ParsedPage): Observation[] {
  const { $ } = doc;
  const meta = (name: string) => ($(`meta[property='business:contact_data:${name}'], meta[name='business:contact_data:${name}']`).attr("content") ?? "").trim() || null;
  const postal = meta("postal_code");
  const locality = meta("locality");
  if (!postal && !locality) return [];
  const [city, region] = (locality ?? "").split(/,\s*/);
  const a: TextAddress = { street: meta("street_address"), postal_code: postal ?? "", city: city ?? "", region: meta("region") ?? region ?? null, country: countryCode(meta("country_name")) };
  return addressFields(doc, a, "meta", 0.75);
}
