import type { CheerioAPI } from "cheerio";
import type { AnyNode } from "domhandler";
import { sharedPageDocument } from "../parse/shared-page-document.ts";
import type { Page } from "../types.ts";

/** Where on a page a piece of text stands; decides how much a word there says about the company. */
export type PageZone = "title" | "meta" | "heading1" | "heading" | "body" | "footer";

export interface PageZones {
  texts: { zone: PageZone; text: string }[];
  /** schema.org types of the page's JSON-LD and microdata entities ("Dentist", "LegalService"). */
  schemaTypes: string[];
}

const SKIP = new Set(["script", "style", "noscript", "template", "svg", "iframe", "select", "head"]);
const MAX_TEXT = 60_000;

/** Splits a page into text zones (title, meta description, headings, body, footer) and its schema.org types. */
export function readPageZones(page: Page): PageZones {
  const $ = sharedPageDocument(page);
  const texts: PageZones["texts"] = [];
  const title = $("title").first().text().trim();
  if (title) texts.push({ zone: "title", text: title });
  for (const name of ["description", "og:description", "og:title", "og:site_name", "twitter:description"]) {
    const content = $(`meta[name="${name}"], meta[property="${name}"]`).attr("content")?.trim();
    if (content) texts.push({ zone: "meta", text: content });
  }
  const schemaTypes = [...jsonLdTypes($), ...microdataTypes($)];
  const collected = new Map<PageZone, string[]>();
  const body = $("body").get(0) ?? $.root().get(0);
  if (body) walk(body, "body", collected);
  for (const [zone, parts] of collected) texts.push({ zone, text: parts.join(" ").slice(0, MAX_TEXT) });
  return { texts, schemaTypes: [...new Set(schemaTypes)] };
}

// Text nodes are joined with spaces so that "<li>Hotel</li><li>Restaurant</li>" stays two words.
function walk(node: AnyNode, zone: PageZone, out: Map<PageZone, string[]>): void {
  if (node.type === "text") {
    const text = (node as unknown as { data: string }).data.trim();
    if (text) out.set(zone, [...(out.get(zone) ?? []), text]);
    return;
  }
  if (!("children" in node) || !("name" in node)) {
    if ("children" in node) for (const child of (node as { children: AnyNode[] }).children) walk(child, zone, out);
    return;
  }
  const element = node as unknown as { name: string; attribs: Record<string, string>; children: AnyNode[] };
  if (SKIP.has(element.name)) return;
  const inner = zoneOf(element, zone);
  for (const child of element.children) walk(child, inner, out);
}

function zoneOf(element: { name: string; attribs: Record<string, string> }, outer: PageZone): PageZone {
  if (outer === "footer") return "footer";
  const marker = `${element.attribs.id ?? ""} ${element.attribs.class ?? ""}`;
  if (element.name === "footer" || /(^|[\s_-])footer([\s_-]|$)/i.test(marker)) return "footer";
  if (element.name === "h1") return "heading1";
  if (/^h[2-3]$/.test(element.name)) return outer === "heading1" ? outer : "heading";
  return outer;
}

function jsonLdTypes($: CheerioAPI): string[] {
  const types: string[] = [];
  $('script[type="application/ld+json"]').each((_, script) => {
    try {
      collectTypes(JSON.parse($(script).text()), types, 0);
    } catch {
      // A broken JSON-LD block says nothing about the industry; the rest of the page still does.
    }
  });
  return types;
}

// Only entities that describe an organisation carry its industry; WebPage, BreadcrumbList and the
// like are skipped by the type table, so every @type can be collected here.
function collectTypes(value: unknown, out: string[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collectTypes(item, out, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const type = record["@type"];
  for (const t of Array.isArray(type) ? type : [type]) if (typeof t === "string") out.push(t.replace(/^.*[/#:]/, ""));
  for (const key of ["@graph", "publisher", "provider", "organizer", "brand", "author", "parentOrganization", "subOrganization", "department"]) {
    if (key in record) collectTypes(record[key], out, depth + 1);
  }
}

function microdataTypes($: CheerioAPI): string[] {
  return $("[itemtype]").map((_, el) => ($(el).attr("itemtype") ?? "").split(/\s+/).map((t) => t.replace(/^.*[/#]/, ""))).get().filter(Boolean);
}
