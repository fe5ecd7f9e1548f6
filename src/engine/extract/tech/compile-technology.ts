import { compileDomPatterns } from "./compile-dom-pattern.ts";
import { compilePattern } from "./compile-pattern.ts";
import type { CompiledPattern, CompiledTechnology, TechReference } from "./fingerprint-types.ts";

type Warn = (message: string) => void;

/** Turns one technology entry of a Wappalyzer-format file into its compiled form. */
export function compileTechnology(name: string, raw: Record<string, unknown>, warn: Warn): CompiledTechnology {
  const w: Warn = (message) => warn(`${name}: ${message}`);
  return {
    name,
    slug: slugifyTechnologyName(name),
    categoryIds: toList(raw.cats).map(Number).filter(Number.isFinite),
    website: typeof raw.website === "string" ? raw.website : null,
    headers: compileKeyed(raw.headers, (k) => k.toLowerCase(), w),
    cookies: compileKeyed(raw.cookies, (k) => k.toLowerCase(), w),
    meta: compileKeyed(raw.meta, (k) => k.toLowerCase(), w),
    dns: compileKeyed(raw.dns, (k) => k.toUpperCase(), w),
    scriptSrc: compileList(raw.scriptSrc, w),
    scripts: compileList(raw.scripts, w),
    html: compileList(raw.html, w),
    text: compileList(raw.text, w),
    css: compileList(raw.css, w),
    url: compileList(raw.url, w),
    robots: compileList(raw.robots, w),
    certIssuer: compileList(raw.certIssuer, w),
    dom: compileDomPatterns(raw.dom, w),
    implies: toList(raw.implies).map(parseReference),
    excludes: toList(raw.excludes).map(parseReference),
    requires: toList(raw.requires).map(parseReference),
    requiresCategory: toList(raw.requiresCategory).map(Number).filter(Number.isFinite),
    ignoredDynamicPatterns: countEntries(raw.js) + countEntries(raw.xhr),
  };
}

/** Wappalyzer's slug: lower case, anything but letters/digits/dashes becomes a dash. */
export function slugifyTechnologyName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/--+/g, "-").replace(/(?:^-|-$)/g, "");
}

/** `implies`/`excludes`/`requires` entries: a technology name with optional tags. */
export function parseReference(raw: unknown): TechReference {
  const [name, ...tags] = String(raw).split("\\;");
  const reference: TechReference = { name: name.trim(), confidence: 100, version: "" };
  for (const tag of tags) {
    const colon = tag.indexOf(":");
    if (colon < 0) continue;
    const key = tag.slice(0, colon);
    const value = tag.slice(colon + 1);
    if (key === "confidence") reference.confidence = Number.parseInt(value, 10) || 0;
    if (key === "version") reference.version = value;
  }
  return reference;
}

function toList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function compileList(value: unknown, warn: Warn): CompiledPattern[] {
  return toList(value).map((p) => compilePattern(p, warn)).filter((p): p is CompiledPattern => p !== null);
}

function compileKeyed(value: unknown, normaliseKey: (key: string) => string, warn: Warn): Record<string, CompiledPattern[]> {
  const compiled: Record<string, CompiledPattern[]> = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return compiled;
  for (const [key, patterns] of Object.entries(value as Record<string, unknown>)) {
    const list = compileList(patterns, warn);
    if (list.length > 0) compiled[normaliseKey(key)] = [...(compiled[normaliseKey(key)] ?? []), ...list];
  }
  return compiled;
}

function countEntries(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return value && typeof value === "object" ? Object.keys(value).length : 0;
}
