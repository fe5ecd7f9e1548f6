import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { compileTechnology } from "./compile-technology.ts";
import type { CompiledTechnology, FingerprintCategory, FingerprintSet } from "./fingerprint-types.ts";

// Accepted layouts: <dir>/src/technologies/*.json (the webappanalyzer repository), <dir>/technologies/
// *.json (our own fingerprints/ folder), or <dir>/*.json (a flat folder of technology files). In each,
// categories.json sits beside the technologies folder. A broken file is a warning, never a crash.

const NON_TECHNOLOGY_FILES = new Set(["categories.json", "groups.json", "schema.json", "package.json"]);

export function loadFingerprintDirectory(dir: string): FingerprintSet {
  const set: FingerprintSet = { technologies: new Map(), categories: new Map(), warnings: [] };
  const warn = (message: string): void => void set.warnings.push(message);
  if (!isDirectory(dir)) {
    warn(`fingerprint directory not found: ${dir}`);
    return set;
  }
  const root = [join(dir, "src"), dir].find((d) => isDirectory(join(d, "technologies")));
  const technologyDir = root ? join(root, "technologies") : dir;
  const categoriesFile = [root, dir].filter((d): d is string => Boolean(d)).map((d) => join(d, "categories.json")).find(existsSync);
  if (categoriesFile) addCategories(set, readJson(categoriesFile, warn));
  for (const file of readdirSync(technologyDir).filter((f) => f.endsWith(".json")).sort()) {
    if (NON_TECHNOLOGY_FILES.has(file)) continue;
    addTechnologyFile(set, readJson(join(technologyDir, file), warn), basename(file), warn);
  }
  return set;
}

function addTechnologyFile(set: FingerprintSet, json: unknown, file: string, warn: (m: string) => void): void {
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    if (json !== undefined) warn(`${file}: expected an object of technologies`);
    return;
  }
  const record = json as Record<string, unknown>;
  // The old single-file format: { technologies: {...}, categories: {...} }.
  if (isObject(record.technologies) && isObject(record.categories)) {
    addCategories(set, record.categories);
    addTechnologyFile(set, record.technologies, file, warn);
    return;
  }
  for (const [name, raw] of Object.entries(record)) {
    if (!isObject(raw)) {
      warn(`${file}: ${name} is not an object`);
      continue;
    }
    set.technologies.set(name, compileTechnology(name, raw, warn));
  }
}

function addCategories(set: FingerprintSet, json: unknown): void {
  if (!isObject(json)) return;
  for (const [id, raw] of Object.entries(json)) {
    const entry = isObject(raw) ? raw : { name: raw };
    const category: FingerprintCategory = {
      id: Number(id),
      name: String(entry.name ?? id),
      priority: Number(entry.priority ?? 0),
    };
    if (Number.isFinite(category.id)) set.categories.set(category.id, category);
  }
}

/** Combines sets; on a name clash the later set's technology or category wins. */
export function mergeFingerprintSets(...sets: FingerprintSet[]): FingerprintSet {
  const technologies = new Map<string, CompiledTechnology>();
  const categories = new Map<number, FingerprintCategory>();
  for (const set of sets) {
    for (const [name, technology] of set.technologies) technologies.set(name, technology);
    for (const [id, category] of set.categories) categories.set(id, category);
  }
  return { technologies, categories, warnings: sets.flatMap((s) => s.warnings) };
}

function readJson(path: string, warn: (m: string) => void): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    warn(`${path}: unreadable JSON (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === "object" && !Array.isArray(value);
}
