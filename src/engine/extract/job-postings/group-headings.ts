import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import type { TitleCandidate } from "./title-candidates.ts";

/**
 * A heading followed by several accepted titles of lower rank ("Fachkräfte & Monteure (Vollzeit)",
 * "Ausbildungsplätze") groups positions; it is not one itself, but its wording applies to them.
 */
export function dropGroupHeadings(
  $: CheerioAPI,
  accepted: TitleCandidate[],
  positions: Map<Element, number>,
): { kept: TitleCandidate[]; groupOf: Map<TitleCandidate, string> } {
  const headings = $("h1, h2, h3, h4, h5, h6").toArray();
  const groupOf = new Map<TitleCandidate, string>();
  const dropped = new Set<TitleCandidate>();
  for (const head of accepted) {
    if (head.level > 6) continue;
    const start = positions.get(head.el) ?? 0;
    const next = headings.find((h) => (positions.get(h) ?? 0) > start && Number(h.tagName[1]) <= head.level);
    const end = next ? positions.get(next) ?? Infinity : Infinity;
    const members = accepted.filter((c) => {
      const at = positions.get(c.el) ?? 0;
      return c !== head && at > start && at < end && c.level > head.level && !$.contains(head.el, c.el);
    });
    if (members.length < 2) continue;
    dropped.add(head);
    for (const m of members) groupOf.set(m, head.raw);
  }
  return { kept: accepted.filter((c) => !dropped.has(c)), groupOf };
}
