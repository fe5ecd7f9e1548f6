import type { CheerioAPI } from "cheerio";

export type JsonNode = Record<string, unknown>;

/** Every top-level JSON-LD node of a document, with @graph arrays flattened. Broken blocks are skipped. */
export function jsonLdNodes($: CheerioAPI): JsonNode[] {
  const nodes: JsonNode[] = [];
  $("script[type='application/ld+json' i]").each((_, el) => {
    const parsed = parseLenient($(el).text());
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) collect(item, nodes);
  });
  return nodes;
}

function collect(item: unknown, into: JsonNode[]): void {
  if (!item || typeof item !== "object") return;
  const node = item as JsonNode;
  if (Array.isArray(node["@graph"])) for (const child of node["@graph"]) collect(child, into);
  else into.push(node);
}

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/,\s*([}\]])/g, "$1").replace(/[\u0000-\u001f]+/g, " "));
    } catch {
      return null;
    }
  }
}

export function typesOf(node: JsonNode): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

const ORGANIZATION_TYPES = /Organization|Organisation|LocalBusiness|Corporation|Company|Store|Clinic|Business|Service$|Contractor|Electrician|Plumber|Restaurant|Dentist|Physician|Attorney|Agency|Practice|NGO|Club|School|Church|Dealer|Shop|Office|Center|Centre|Hotel|Bakery|Brewery|Winery|Accounting|Insurance|RealEstate|Medical|Optician|Salon|Studio|Consult/i;

export function isOrganizationNode(node: JsonNode): boolean {
  return typesOf(node).some((t) => ORGANIZATION_TYPES.test(t) && !/WebSite|WebPage|Person|Product|Offer|Event|JobPosting|Article|Breadcrumb/i.test(t));
}

export function str(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === "object" && "name" in value) return str((value as JsonNode).name);
  return null;
}

export function list(value: unknown): unknown[] {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}
