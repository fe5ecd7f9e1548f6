import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveMountedFile, resolveStaticFile } from "../resolve-static-file.ts";

const root = mkdtempSync(join(tmpdir(), "static-"));
for (const [path, body] of [["index.html", "home"], ["impressum.html", "i"], ["team/index.html", "t"], ["docs/legal.html", "l"]]) {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), body);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("resolveStaticFile", () => {
  it("serves files, clean URLs and directory indexes like a static host", () => {
    expect(resolveStaticFile(root, "/")).toBe(join(root, "index.html"));
    expect(resolveStaticFile(root, "/impressum")).toBe(join(root, "impressum.html"));
    expect(resolveStaticFile(root, "/impressum.html")).toBe(join(root, "impressum.html"));
    expect(resolveStaticFile(root, "/team/")).toBe(join(root, "team", "index.html"));
    expect(resolveStaticFile(root, "/team")).toBe(join(root, "team", "index.html"));
    expect(resolveStaticFile(root, "/nope")).toBeNull();
  });

  it("never leaves the root", () => {
    expect(resolveStaticFile(root, "/../../etc/passwd")).toBeNull();
    expect(resolveStaticFile(root, "/%2e%2e/%2e%2e/etc/passwd")).toBeNull();
    expect(resolveStaticFile(root, "/%E0%A4%A")).toBeNull();
  });

  it("finds pages of a project site linked under a repository prefix or built into a subfolder", () => {
    expect(resolveMountedFile(root, ["", "docs"], "/repo-name/impressum")).toBe(join(root, "impressum.html"));
    expect(resolveMountedFile(root, ["", "docs"], "/legal")).toBe(join(root, "docs", "legal.html"));
    expect(resolveMountedFile(root, ["", "docs"], "/team/missing")).toBeNull();
  });
});
