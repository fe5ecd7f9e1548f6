import type { Observation } from "../../types.ts";
import { foldText, rankValues } from "./rank-values.ts";

const STOP = /^(und|and|the|der|die|das|für|for|mit|with|von|in|im|am|home|startseite|willkommen|welcome|gmbh|ihr|ihre|your|our|unsere?|de|la|le|et|el|y|il|di|of|to|a)$/i;

/** 3–6 words saying what the company does: meta keywords and JSON-LD topics, else home title words. */
export function resolveKeywords(observations: Observation[], name: string | null): string[] {
  const nameWords = new Set(foldText(name ?? "").split(" "));
  const keywords = rankValues<string>(observations, "keyword", (v) => foldText(v))
    .map((r) => r.value.trim())
    .filter((k) => k.length > 2 && k.length < 40 && !nameWords.has(foldText(k)));
  if (keywords.length >= 3) return keywords.slice(0, 6);
  const titles = observations.filter((o) => (o.field === "title" || o.field === "heading") && typeof o.value === "string");
  const words = titles
    .flatMap((o) => String(o.value).split(/[\s|,–—:·\-]+/))
    .map((w) => w.replace(/[^\p{L}&]/gu, ""))
    .filter((w) => w.length > 3 && !STOP.test(w) && !nameWords.has(foldText(w)));
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  return [...keywords, ...ranked].slice(0, 6);
}
