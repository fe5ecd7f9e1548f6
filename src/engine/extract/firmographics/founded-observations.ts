import type { Observation } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";
import { observation } from "./observe.ts";

// Explicit founding statements only; copyright lines, relaunches and "seit 25 Jahren" say nothing.
const FOUNDING = /(?:gegr(?:ü|ue)ndet|gr(?:ü|ue)ndung(?:sjahr)?|firmengr(?:ü|ue)ndung|betriebsgr(?:ü|ue)ndung|founded|established|est\.|since|seit|fondée?|fondé en|opgericht|sinds|fundada|fundado|desde|fondata|fondato|dal)(?:\b|(?<=\.))[^.\d]{0,40}?\b(1[6-9]\d\d|20\d\d)\b/gi;
const NOT_FOUNDING = /relaunch|neu aufgestellt|umgebaut|renoviert|erweitert|umzug|moved|copyright|©|aktualisiert|updated|stand:|seit dem \d|seit \d{1,2}\.\d{1,2}\./i;

export function extractFoundedObservations(doc: ParsedPage): Observation[] {
  const out: Observation[] = [];
  const latest = new Date().getUTCFullYear() + 1;
  for (const line of doc.lines) {
    if (line.length > 600) continue;
    for (const m of line.matchAll(FOUNDING)) {
      const year = Number(m[1]);
      const span = line.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10);
      if (year > latest || NOT_FOUNDING.test(span)) continue;
      const explicit = !/^(since|seit|sinds|desde|dal)/i.test(m[0]);
      out.push(observation("founded", year, doc, "page_text", explicit ? 0.7 : 0.5));
    }
  }
  return out;
}
