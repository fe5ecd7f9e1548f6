import type { TechEvidence } from "../../types.ts";
import { resolveVersion } from "./resolve-version.ts";
import type { CompiledPattern } from "./fingerprint-types.ts";

/** One pattern of one technology that matched one input. */
export interface PatternHit {
  technology: string;
  /** Identifies the pattern (type, key and source): a pattern counts once per site, however many pages repeat it. */
  pattern: string;
  confidence: number;
  version: string;
  evidence: TechEvidence;
  /** The matched URL lies inside a WordPress plugin's own folder (a library that plugin ships). */
  insidePlugin?: boolean;
}

const EVIDENCE_LENGTH = 160;

export function makeHit(technology: string, pattern: CompiledPattern, match: RegExpExecArray | null, evidence: TechEvidence, key = ""): PatternHit {
  return {
    technology,
    pattern: `${evidence.type} ${key} ${pattern.source}`,
    confidence: pattern.confidence,
    version: match ? resolveVersion(pattern.version, match) : "",
    evidence: { ...evidence, value: shorten(evidence.value) },
  };
}

export function shorten(value: string): string {
  const flat = value.replace(/\s+/g, " ").trim();
  return flat.length > EVIDENCE_LENGTH ? `${flat.slice(0, EVIDENCE_LENGTH - 1)}…` : flat;
}

// Variants of a compiled regex (global for scanning every match, multiline for joined lists),
// built on first use and kept with the original.
const variants = new WeakMap<RegExp, Map<string, RegExp>>();

export function regexVariant(regex: RegExp, flags: string): RegExp {
  let byFlags = variants.get(regex);
  if (!byFlags) variants.set(regex, (byFlags = new Map()));
  let variant = byFlags.get(flags);
  if (!variant) byFlags.set(flags, (variant = new RegExp(regex.source, flags)));
  return variant;
}

/** Runs a pattern over a value: an empty pattern means "the value is present". */
export function execPattern(pattern: CompiledPattern, value: string): RegExpExecArray | null {
  if (pattern.source === "") return Object.assign([value], { index: 0, input: value, groups: undefined }) as RegExpExecArray;
  return pattern.regex.exec(value);
}
