import type { Observation } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";
import { observation } from "./observe.ts";
import { isOrganizationNode, jsonLdNodes, list, str, typesOf, type JsonNode } from "./json-ld-nodes.ts";
import { normalizePhone } from "./phone-normalize.ts";
import { findEmails } from "./email-deobfuscate.ts";
import { addressFields } from "./address-observations.ts";
import type { TextAddress } from "./address-text.ts";
import { countryCode } from "./country-code.ts";

const CONFIDENCE = 0.85;

/** Company facts stated in schema.org Organization / LocalBusiness JSON-LD (first node counts most). */
export function extractJsonLdObservations(doc: ParsedPage, country: string | null): Observation[] {
  const organizations = organizationNodes(jsonLdNodes(doc.$));
  return organizations.flatMap((node, index) => nodeObservations(doc, node, CONFIDENCE - index * 0.05, country));
}

function organizationNodes(nodes: JsonNode[]): JsonNode[] {
  const found = nodes.filter(isOrganizationNode);
  for (const node of nodes) {
    // A page's publisher or provider is the site owner; authors and creators are often the web agency.
    for (const key of ["publisher", "provider"]) {
      const nested = node[key];
      if (nested && typeof nested === "object" && !Array.isArray(nested) && isOrganizationNode(nested as JsonNode)) found.push(nested as JsonNode);
    }
  }
  return found;
}

function nodeObservations(doc: ParsedPage, node: JsonNode, confidence: number, country: string | null): Observation[] {
  const out: Observation[] = [];
  const add = (field: string, value: unknown, c = confidence) => {
    if (value !== null && value !== undefined && value !== "") out.push(observation(field, value, doc, "json_ld", c));
  };
  add("name", str(node.name));
  add("legal_name", str(node.legalName));
  add("description", str(node.description), confidence - 0.1);
  for (const phone of list(node.telephone)) add("phone", normalizePhone(String(phone), country));
  for (const fax of list(node.faxNumber)) add("fax", normalizePhone(String(fax), country));
  for (const email of list(node.email)) for (const e of findEmails(String(email).replace(/^mailto:/i, ""))) add("email", e);
  for (const url of list(node.sameAs)) if (typeof url === "string") add("social", url);
  add("founded", yearOf(str(node.foundingDate)));
  add("vat_id", str(node.vatID));
  add("business_type", typesOf(node).find((t) => !/^(Organization|LocalBusiness|Corporation)$/.test(t)) ?? null, 0.6);
  for (const topic of list(node.knowsAbout)) add("keyword", str(topic), 0.6);
  const address = list(node.address).find((a) => a && typeof a === "object") as JsonNode | undefined;
  if (address) out.push(...addressObservations(doc, address, confidence));
  return out;
}

function addressObservations(doc: ParsedPage, address: JsonNode, confidence: number): Observation[] {
  const a: TextAddress = {
    street: str(address.streetAddress),
    postal_code: str(address.postalCode) ?? "",
    city: str(address.addressLocality) ?? "",
    region: str(address.addressRegion),
    country: countryCode(str(address.addressCountry)),
  };
  return addressFields(doc, a, "json_ld", confidence);
}

function yearOf(value: string | null): number | null {
  const match = value?.match(/\b(1[6-9]\d\d|20\d\d)\b/);
  return match ? Number(match[1]) : null;
}

