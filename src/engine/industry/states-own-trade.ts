import type { IndustrySignal } from "./industry-signals.ts";
import { sectionOf } from "./nace-taxonomy.ts";

/**
 * Whether the site names the section's trade where a company describes itself — a title, the meta
 * description, a heading, a schema.org type, a chamber or its legal form — and not as its customers'.
 * A section read only from running text ("cleans tiles, parquet and sanitary fittings") may be what
 * the company's products touch rather than what it does.
 */
export function statesOwnTrade(signals: IndustrySignal[], section: string): boolean {
  return signals.some((s) => s.prominent === true && s.customer !== true && sectionOf(s.code) === section);
}
