/** Where to start for "example.com", "www.example.com/de/" or a full URL: https first, then http. */
export function startUrls(start: string): string[] {
  const trimmed = start.trim();
  if (/^https?:\/\//i.test(trimmed)) return [new URL(trimmed).href];
  const withoutSlashes = trimmed.replace(/^\/\//, "");
  return [new URL(`https://${withoutSlashes}`).href, new URL(`http://${withoutSlashes}`).href];
}
