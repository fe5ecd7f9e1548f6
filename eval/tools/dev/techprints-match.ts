import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

// Development aid: a deliberately plain matcher for the fingerprint set, so its precision and recall can
// be measured on the corpus before the engine's real matcher exists. Only HTML-visible fields are used.

type PatternField = string | string[] | Record<string, string | string[]>;
export interface PlainFingerprint {
  cats: number[];
  scriptSrc?: string | string[];
  scripts?: string | string[];
  html?: string | string[];
  meta?: Record<string, string | string[]>;
  implies?: string | string[];
  [field: string]: PatternField | number[] | undefined;
}

const FINGERPRINT_DIR = new URL("../../../src/engine/extract/tech/fingerprints/technologies/", import.meta.url);

export function loadFingerprints(dir: string = FINGERPRINT_DIR.pathname): Map<string, PlainFingerprint> {
  const all = new Map<string, PlainFingerprint>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const parsed = JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, PlainFingerprint>;
    for (const [name, fp] of Object.entries(parsed)) all.set(name, fp);
  }
  return all;
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const compile = (pattern: string): RegExp => new RegExp(pattern.split("\\;")[0], "i");

interface PageParts { html: string; scriptSrcs: string[]; inlineScripts: string[]; meta: Map<string, string[]> }

export function pageParts(html: string): PageParts {
  const scriptSrcs = [...html.matchAll(/<script\b[^>]*?\ssrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  const meta = new Map<string, string[]>();
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const name = /\s(?:name|property)=["']?([^"'\s>]+)/i.exec(m[0])?.[1]?.toLowerCase();
    const content = /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(m[0]);
    if (name) meta.set(name, [...(meta.get(name) ?? []), content?.[1] ?? content?.[2] ?? ""]);
  }
  return { html, scriptSrcs, inlineScripts, meta };
}

/** Names of the technologies whose scriptSrc, scripts, html or meta patterns match, plus what they imply. */
export function matchPage(parts: PageParts, fingerprints: Map<string, PlainFingerprint>): Map<string, string> {
  const found = new Map<string, string>();
  for (const [name, fp] of fingerprints) {
    const evidence = firstEvidence(parts, fp);
    if (evidence) found.set(name, evidence);
  }
  for (const name of [...found.keys()]) addImplied(name, fingerprints, found);
  return found;
}

function firstEvidence(parts: PageParts, fp: PlainFingerprint): string | null {
  for (const p of list(fp.scriptSrc)) { const hit = parts.scriptSrcs.find((s) => compile(p).test(s)); if (hit) return `scriptSrc ${hit}`; }
  for (const p of list(fp.scripts)) if (parts.inlineScripts.some((s) => compile(p).test(s))) return `scripts /${p}/`;
  for (const p of list(fp.html)) { const m = compile(p).exec(parts.html); if (m) return `html ${m[0].slice(0, 80)}`; }
  for (const [key, patterns] of Object.entries(fp.meta ?? {})) {
    for (const p of list(patterns)) { const hit = parts.meta.get(key.toLowerCase())?.find((c) => compile(p).test(c)); if (hit !== undefined) return `meta ${key}=${hit}`; }
  }
  return null;
}

function addImplied(name: string, fingerprints: Map<string, PlainFingerprint>, found: Map<string, string>): void {
  for (const implied of list(fingerprints.get(name)?.implies).map((i) => i.split("\\;")[0])) {
    if (found.has(implied)) continue;
    found.set(implied, `implied by ${name}`);
    addImplied(implied, fingerprints, found);
  }
}
