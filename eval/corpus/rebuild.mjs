#!/usr/bin/env node
// Rebuilds this project's own labelled corpus (pages are not committed, only labels and the manifest).
//   node eval/corpus/rebuild.mjs --mirrors /work/.mirror --out /tmp/own-corpus [--check-repo ../shared/corpus/check-repo.mjs]
// Each manifest line names a public repository, the commit the labels were written against, an optional
// sub-folder that is the site root, and the page files. The repository must already be on this machine as a
// git directory at <mirrors>/<owner>+<name>/repo, or a work tree there with its .git inside (the session's
// `fetch github:owner/name` puts it there).
// The output folder has the same shape as ../shared/corpus (sites/<id>/, labels/<id>.json, manifest.jsonl),
// so `npm run eval -- --corpus <out>` and `score.mjs <out>/labels <predictions>` work on it unchanged.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    mirrors: { type: "string", default: "/work/.mirror" },
    out: { type: "string" },
    "check-repo": { type: "string", default: join(here, "../../../shared/corpus/check-repo.mjs") },
  },
});
if (!values.out) {
  console.error("usage: node eval/corpus/rebuild.mjs --out DIR [--mirrors DIR] [--check-repo PATH]");
  process.exit(2);
}

const entries = readFileSync(join(here, "manifest.jsonl"), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
refuseReservedRepositories(entries.map((entry) => entry.repo));
mkdirSync(join(values.out, "labels"), { recursive: true });
const missing = [];
for (const entry of entries) {
  const gitDir = findGitDir(join(values.mirrors, entry.repo.replace("/", "+"), "repo"));
  if (!gitDir) {
    missing.push(entry.repo);
    continue;
  }
  for (const file of entry.files) writePage(gitDir, entry, file);
  copyFileSync(join(here, "labels", `${entry.site_id}.json`), join(values.out, "labels", `${entry.site_id}.json`));
}
writeFileSync(join(values.out, "manifest.jsonl"), entries.filter((e) => !missing.includes(e.repo)).map((e) => JSON.stringify(e)).join("\n") + "\n");
if (missing.length) {
  console.error(`not on this machine (fetch them first): ${missing.join(", ")}`);
  process.exit(1);
}
console.log(`${entries.length} sites written to ${values.out}`);

// `fetch` leaves either a bare git directory at .../repo or, for some repositories, a work tree with .git inside it
function findGitDir(repoDir) {
  if (existsSync(join(repoDir, ".git"))) return join(repoDir, ".git");
  return existsSync(repoDir) ? repoDir : null;
}

function writePage(gitDir, entry, file) {
  const inRepo = entry.root ? `${entry.root}/${file}` : file;
  const target = normalize(join(values.out, "sites", entry.site_id, file));
  // a manifest line must not write outside its own site folder
  if (!target.startsWith(normalize(join(values.out, "sites", entry.site_id)) + "/")) throw new Error(`bad path ${file}`);
  const bytes = execFileSync("git", ["--git-dir", gitDir, "show", `${entry.commit}:${inRepo}`], { maxBuffer: 64 * 1024 * 1024 });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}

function refuseReservedRepositories(repos) {
  if (!existsSync(values["check-repo"])) {
    console.error(`check-repo.mjs not found at ${values["check-repo"]}: refusing to build without it`);
    process.exit(2);
  }
  try {
    execFileSync("node", [values["check-repo"], ...new Set(repos)], { stdio: "pipe" });
  } catch (error) {
    console.error(String(error.stdout ?? error));
    process.exit(1);
  }
}
