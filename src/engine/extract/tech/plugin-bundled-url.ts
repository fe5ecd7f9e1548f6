import type { MatchSpan } from "./third-party-url-guard.ts";

// A library file deep inside a WordPress plugin's folder ships with that plugin (a gallery plugin's
// copy of Isotope, a scroll plugin's Lenis): the site chose the plugin, not the library. A match that
// touches the plugin's folder name identifies the plugin itself and is not affected.
const PLUGIN_FOLDER = /(?:^|\/)wp-content\/plugins\/[^/?#"'\s]+\//i;

export function isBundledInPlugin(url: string, span: MatchSpan): boolean {
  const folder = PLUGIN_FOLDER.exec(url);
  if (!folder) return false;
  return span.start >= folder.index + folder[0].length;
}
