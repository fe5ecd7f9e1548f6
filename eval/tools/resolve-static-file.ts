import { statSync } from "node:fs";
import { join, normalize, sep } from "node:path";

/**
 * Like resolveStaticFile, but also the ways a GitHub Pages *project* site copied into a folder is
 * linked: every URL under a "/<repo>/" prefix, and a site built into a subfolder such as docs/.
 */
export function resolveMountedFile(root: string, mounts: string[], urlPath: string): string | null {
  const direct = resolveStaticFile(root, urlPath);
  if (direct) return direct;
  const prefix = /^\/([^/]+)\//.exec(urlPath)?.[1];
  const prefixIsFolder = prefix !== undefined && mounts.some((mount) => isDirectory(join(root, mount, prefix)));
  const withoutPrefix = prefixIsFolder ? urlPath : urlPath.replace(/^\/[^/]+(?=\/)/, "");
  for (const mount of mounts) {
    const found = resolveStaticFile(join(root, mount), urlPath) ?? (withoutPrefix !== urlPath ? resolveStaticFile(join(root, mount), withoutPrefix) : null);
    if (found) return found;
  }
  return null;
}

/**
 * The file a static host (GitHub Pages, Netlify) would serve for a URL path: the path itself,
 * path.html, or path/index.html; null for 404. Paths never escape the site root.
 */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, "");
  if (relative.split(/[/\\]/).includes("..")) return null;
  const base = join(root, relative);
  if (base !== root && !base.startsWith(root + sep)) return null;
  const candidates = decoded.endsWith("/") ? [join(base, "index.html"), join(base, "index.htm")] : [base, `${base}.html`, `${base}.htm`, join(base, "index.html"), join(base, "index.htm")];
  return candidates.find(isFile) ?? null;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
