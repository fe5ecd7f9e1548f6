import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

export interface CorpusSite {
  id: string;
  /** Host the site is served as: the label's domain, or `<id>.example` when it has none. */
  host: string;
  /** The label's domain as written (null when unknown). */
  domain: string | null;
  /** Home page file relative to the site folder, e.g. "index.html" or "docs/index.html". */
  entry: string;
  root: string;
}

/** Every site of a corpus folder; only `domain` and `entry` are read from a label, never the answers. */
export function readCorpusSites(corpusDir: string, onlyIds: string[] = []): CorpusSite[] {
  const labelsDir = join(corpusDir, "labels");
  return readdirSync(labelsDir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => basename(file, ".json"))
    .filter((id) => onlyIds.length === 0 || onlyIds.includes(id))
    .map((id) => {
      const label = JSON.parse(readFileSync(join(labelsDir, `${id}.json`), "utf8")) as { domain?: unknown; entry?: unknown };
      const domain = typeof label.domain === "string" && label.domain.trim() ? label.domain.trim().toLowerCase() : null;
      const entry = typeof label.entry === "string" && label.entry.trim() ? label.entry.trim() : "index.html";
      return { id, host: domain ?? `${id}.example`, domain, entry, root: join(corpusDir, "sites", id) };
    });
}

/** The URL of a site's home page on the simulated host: index files become their directory. */
export function startUrlOf(site: CorpusSite): string {
  const path = site.entry.replace(/\\/g, "/").replace(/^\/+/, "").replace(/(^|\/)index\.html?$/i, "$1");
  return `http://${site.host}/${path}`;
}

/** A site built into a subfolder (entry docs/index.html) may link its pages relative to that folder. */
export function mountsOf(site: CorpusSite): string[] {
  const slash = site.entry.lastIndexOf("/");
  return slash > 0 ? ["", site.entry.slice(0, slash)] : [""];
}
