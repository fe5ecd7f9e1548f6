/**
 * Other spellings of a URL that static hosts serve: a link to /impressum may only exist as
 * impressum.html or impressum/index.html, and a link to x.html may live at x/ instead.
 */
export function cleanUrlVariants(url: string): string[] {
  const parsed = new URL(url);
  const path = parsed.pathname;
  const withPath = (p: string) => {
    const copy = new URL(parsed.href);
    copy.pathname = p;
    return copy.href;
  };
  if (/\.html?$/i.test(path)) {
    const stem = path.replace(/\.html?$/i, "");
    if (/\/index$/i.test(stem)) return [];
    return [withPath(`${stem}/`), withPath(/\.html$/i.test(path) ? `${stem}.htm` : `${stem}.html`)];
  }
  if (/\.[a-z0-9]{2,5}$/i.test(path) || path === "/") return [];
  const stem = path.replace(/\/+$/, "");
  return [withPath(`${stem}.html`), withPath(`${stem}/index.html`), withPath(`${stem}.htm`)];
}
