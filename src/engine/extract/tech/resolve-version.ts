// Fills a `\;version:` template from a regex match, as Wappalyzer does: `\1` is replaced by group 1,
// and a ternary `\1?yes:no` picks `yes` when group 1 matched and `no` otherwise.

const MAX_GROUP_LENGTH = 10;

export function resolveVersion(template: string, match: RegExpExecArray): string {
  if (!template) return "";
  let resolved = template;
  match.forEach((group, index) => {
    // Long captures are page content swallowed by a loose group, not a version.
    if (group !== undefined && group.length > MAX_GROUP_LENGTH) return;
    const ternary = new RegExp(`\\\\${index}\\?([^:]+):(.*)$`).exec(resolved);
    if (ternary) resolved = resolved.replace(ternary[0], group ? ternary[1] : ternary[2]);
    resolved = resolved.trim().replace(new RegExp(`\\\\${index}(?!\\d)`, "g"), group ?? "");
  });
  return resolved.replace(/\\\d+/g, "").trim();
}

/** Of several versions seen for one technology, keep the most specific plausible one. */
export function pickVersion(current: string, candidate: string): string {
  const plausible = candidate.length <= 15 && (Number.parseInt(candidate, 10) || 0) < 10_000;
  return plausible && candidate.length > current.length ? candidate : current;
}
