/**
 * Where to start for "example.com", "www.example.com/de/" or a full URL: https before http, and for
 * a bare domain its www. host as well, since some sites answer only there.
 */
export function startUrls(start: string): string[] {
  const trimmed = start.trim();
  if (/^https?:\/\//i.test(trimmed)) return [new URL(trimmed).href];
  const withoutSlashes = trimmed.replace(/^\/\//, "");
  const hosts = /^www\./i.test(withoutSlashes) ? [withoutSlashes] : [withoutSlashes, `www.${withoutSlashes}`];
  return hosts.flatMap((host) => [new URL(`https://${host}`).href, new URL(`http://${host}`).href]);
}
