import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startUrlOf, type CorpusSite } from "../read-corpus-sites.ts";
import type { LabelledCompany } from "./discovery-icps.ts";

interface Label {
  company?: { name?: string | null; city?: string | null; country?: string | null; industry?: { nace_section?: string; nace_division?: string } | null };
}

export interface CorpusIndex {
  /** The generic import CSV: source_id, name, website, city, country — no industry, no description. */
  csv: string;
  /** The answers, kept apart from what is imported: read only to grade. */
  labelled: LabelledCompany[];
}

/** The operator's company index built from a corpus: what an open-data register would give about each site. */
export function corpusIndexCsv(corpusDir: string, sites: CorpusSite[]): CorpusIndex {
  const rows: string[][] = [];
  const labelled: LabelledCompany[] = [];
  for (const site of sites) {
    const label = JSON.parse(readFileSync(join(corpusDir, "labels", `${site.id}.json`), "utf8")) as Label;
    const company = label.company ?? {};
    rows.push([site.id, company.name ?? site.host, startUrlOf(site), company.city ?? "", company.country ?? ""]);
    labelled.push({ siteId: site.id, country: company.country ?? null, nace_section: company.industry?.nace_section ?? null, nace_division: company.industry?.nace_division ?? null });
  }
  return { csv: [["source_id", "name", "website", "city", "country"], ...rows].map((row) => row.map(csvField).join(",")).join("\n") + "\n", labelled };
}

// RFC 4180: quote a field that holds a comma, quote or line break, doubling inner quotes.
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
