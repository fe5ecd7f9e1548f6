import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

type Patterns = string | string[];
interface Fingerprint {
  cats: number[];
  website: string;
  scriptSrc?: Patterns;
  scripts?: Patterns;
  html?: Patterns;
  meta?: Record<string, Patterns>;
  implies?: Patterns;
  requires?: Patterns;
  excludes?: Patterns;
  [field: string]: unknown;
}

const ROOT = new URL("../", import.meta.url);
const TECH_DIR = new URL("technologies/", ROOT);
const files = readdirSync(TECH_DIR).filter((f) => f.endsWith(".json")).sort();
const parsedFiles = files.map((file) => ({ file, techs: JSON.parse(readFileSync(new URL(file, TECH_DIR), "utf8")) as Record<string, Fingerprint> }));
const categories = JSON.parse(readFileSync(new URL("categories.json", ROOT), "utf8")) as Record<string, { name: string; priority: number }>;
const all = new Map(parsedFiles.flatMap(({ techs }) => Object.entries(techs)));

const KNOWN_FIELDS = new Set(["cats", "website", "description", "icon", "cpe", "saas", "oss", "pricing", "headers", "cookies", "meta", "scriptSrc", "scripts", "html", "css", "dom", "url", "dns", "certIssuer", "robots", "js", "xhr", "text", "implies", "excludes", "requires", "requiresCategory"]);
const list = (v: Patterns | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

// Every regex-bearing value of a fingerprint, flattened: plain lists, and objects of name -> pattern(s).
function patternsOf(fp: Fingerprint): string[] {
  const out: string[] = [];
  for (const field of ["scriptSrc", "scripts", "html", "css", "url", "robots", "certIssuer", "text", "xhr"]) out.push(...list(fp[field] as Patterns));
  for (const field of ["headers", "cookies", "meta", "dns", "js"]) for (const v of Object.values((fp[field] ?? {}) as Record<string, Patterns>)) out.push(...list(v));
  return out;
}

describe("fingerprint files", () => {
  it("has categories with names and priorities", () => {
    expect(Object.keys(categories).length).toBeGreaterThan(20);
    for (const [id, cat] of Object.entries(categories)) {
      expect(id).toMatch(/^\d+$/);
      expect(typeof cat.name).toBe("string");
      expect(Number.isInteger(cat.priority)).toBe(true);
    }
  });

  it("holds at least 260 technologies, each in the file of its first letter, none twice", () => {
    const names = parsedFiles.flatMap(({ techs }) => Object.keys(techs));
    expect(names.length).toBeGreaterThanOrEqual(260);
    expect(new Set(names).size).toBe(names.length);
    for (const { file, techs } of parsedFiles) for (const name of Object.keys(techs)) {
      const first = name[0].toLowerCase();
      expect(`${/[a-z]/.test(first) ? first : "_"}.json`, name).toBe(file);
    }
  });

  it("gives every technology known fields, a website and existing categories", () => {
    for (const [name, fp] of all) {
      for (const field of Object.keys(fp)) expect(KNOWN_FIELDS.has(field), `${name}.${field}`).toBe(true);
      expect(fp.website, name).toMatch(/^https?:\/\//);
      expect(fp.cats.length, name).toBeGreaterThan(0);
      for (const cat of fp.cats) expect(categories[String(cat)], `${name} cat ${cat}`).toBeDefined();
      expect(patternsOf(fp).length + list(fp.implies).length, `${name} has no pattern`).toBeGreaterThan(0);
    }
  });

  it("compiles every pattern as a JS RegExp and uses only version/confidence tags", () => {
    for (const [name, fp] of all) for (const pattern of patternsOf(fp)) {
      const [source, ...tags] = pattern.split("\\;");
      expect(() => new RegExp(source, "i"), `${name}: ${pattern}`).not.toThrow();
      for (const tag of tags) expect(tag, `${name}: ${pattern}`).toMatch(/^(?:version:.+|confidence:\d{1,3})$/);
    }
  });

  it("names only existing technologies in implies, requires and excludes", () => {
    for (const [name, fp] of all) for (const field of ["implies", "requires", "excludes"] as const) {
      for (const target of list(fp[field])) expect(all.has(target.split("\\;")[0]), `${name}.${field} ${target}`).toBe(true);
    }
  });
});

// A minimal matcher over scriptSrc, inline scripts, html and meta, enough to sanity-check patterns.
function detect(html: string): Map<string, string | null> {
  const srcs = [...html.matchAll(/<script\b[^>]*?\ssrc=["']([^"']+)/gi)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  const metas = [...html.matchAll(/<meta\s+name=["']([^"']+)["']\s+content=["']([^"']*)["']/gi)].map((m) => [m[1].toLowerCase(), m[2]] as const);
  const found = new Map<string, string | null>();
  const tryMatch = (name: string, pattern: string, subjects: string[]): void => {
    const [source, ...tags] = pattern.split("\\;");
    for (const subject of subjects) {
      const m = new RegExp(source, "i").exec(subject);
      if (!m) continue;
      const versionTag = tags.find((t) => t.startsWith("version:"));
      const version = versionTag ? versionTag.slice(8).replace(/\\(\d)/g, (_, i: string) => m[Number(i)] ?? "") || null : null;
      if (!found.get(name)) found.set(name, version);
      return;
    }
  };
  for (const [name, fp] of all) {
    for (const p of list(fp.scriptSrc)) tryMatch(name, p, srcs);
    for (const p of list(fp.scripts)) tryMatch(name, p, inline);
    for (const p of list(fp.html)) tryMatch(name, p, [html]);
    for (const [key, v] of Object.entries(fp.meta ?? {})) for (const p of list(v)) tryMatch(name, p, metas.filter(([k]) => k === key.toLowerCase()).map(([, c]) => c));
  }
  return found;
}

describe("pattern sanity", () => {
  it("reads versions from generator tags and library file names", () => {
    const found = detect(`<meta name="generator" content="WordPress 6.5.2"><meta name="generator" content="Hugo 0.128.0">
      <script src="/js/jquery-3.6.0.min.js"></script><script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js"></script>`);
    expect(found.get("WordPress")).toBe("6.5.2");
    expect(found.get("Hugo")).toBe("0.128.0");
    expect(found.get("jQuery")).toBe("3.6.0");
    expect(found.get("Bootstrap")).toBe("5.3.2");
    expect(found.has("jsDelivr")).toBe(true);
  });

  it("tells jQuery from its plugins and Bootstrap from look-alike file names", () => {
    const found = detect(`<script src="/js/jquery-migrate-3.4.1.min.js"></script><script src="/js/jquery-ui.min.js"></script>
      <script src="/js/bootstrap-datepicker.min.js"></script><script src="/js/react-bootstrap.min.js"></script><script src="/js/glightbox.min.js"></script>`);
    expect(found.has("jQuery")).toBe(false);
    expect(found.has("jQuery UI")).toBe(true);
    expect(found.has("Bootstrap")).toBe(false);
    expect(found.has("GLightbox")).toBe(true);
    expect(found.has("Lightbox")).toBe(false);
  });

  it("leaves WordPress's bundled copies of helper libraries to WordPress", () => {
    const found = detect(`<script src="/wp-includes/js/underscore.min.js?ver=1.13.4"></script>
      <script src="/wp-includes/js/dist/vendor/lodash.min.js?ver=4.17.21"></script>`);
    expect(found.has("WordPress")).toBe(true);
    expect(found.has("Underscore.js")).toBe(false);
    expect(found.has("Lodash")).toBe(false);
    expect(detect(`<script src="/assets/underscore-min.js"></script>`).has("Underscore.js")).toBe(true);
  });

  it("separates Google Analytics via gtag.js from a Google Tag Manager container", () => {
    const ga = detect(`<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ"></script>`);
    expect(ga.has("Google Analytics")).toBe(true);
    expect(ga.has("Google Tag Manager")).toBe(false);
    const gtm = detect(`<script>(function(w,d,s,l,i){j.src='https://www.googletagmanager.com/gtm.js?id='+i;})(window,document,'script','dataLayer','GTM-AB12CD');</script>`);
    expect(gtm.has("Google Tag Manager")).toBe(true);
    expect(gtm.has("Google Analytics")).toBe(false);
  });

  it("finds embeds and hosted fonts but not plain mentions or links", () => {
    const found = detect(`<link href="https://fonts.googleapis.com/css2?family=Inter" rel="stylesheet">
      <iframe src="https://www.google.com/maps/embed?pb=!1m18"></iframe><iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>
      <a href="/cdn-cgi/l/email-protection#abc">mail</a><div data-astro-cid-x7yz12>hi</div>`);
    for (const name of ["Google Fonts", "Google Maps", "YouTube", "Cloudflare", "Astro"]) expect(found.has(name), name).toBe(true);
    const text = detect(`<p>Wir nutzen WordPress, Shopify und Google Fonts (fonts.googleapis.com). Anfahrt:
      <a href="https://www.google.com/maps/place/Musterstr.+1">Google Maps</a>. Powered by HubSpot and Matomo.</p>`);
    expect([...text.keys()]).toEqual([]);
  });

  it("ignores vendor privacy-policy links in a data protection page, but not booking and job links", () => {
    const privacy = detect(`<p>Anbieter: <a href="https://calendly.com/privacy">Calendly</a>, <a href="https://www.sendinblue.com/legal/privacypolicy/">Brevo</a>,
      <a href="https://www.teamtailor.com/privacy">Teamtailor</a>, <a href="http://www.etracker.de/privacy?et=abc">etracker</a>, <a href="https://cal.com/privacy">Cal.com</a></p>`);
    expect([...privacy.keys()]).toEqual([]);
    const links = detect(`<a href="https://calendly.com/acme-sales/30min">Termin</a><a href="https://acme.teamtailor.com/jobs">Jobs</a>`);
    expect(links.has("Calendly")).toBe(true);
    expect(links.has("Teamtailor")).toBe(true);
  });

  it("recognises the usual embed snippets of many vendors, with versions", () => {
    const found = detect(readFileSync(new URL("fixtures/typical-snippets.html", import.meta.url), "utf8"));
    const expected = ["Elementor", "WPBakery", "Slider Revolution", "Site Kit by Google", "WooCommerce", "Drupal", "Yoast SEO", "WordPress",
      "Adobe Fonts", "Bunny Fonts", "Leaflet", "unpkg", "Squarespace", "Borlabs Cookie", "Cookiebot", "Usercentrics", "OneTrust", "HubSpot",
      "Plausible", "etracker", "Font Awesome", "Stripe", "PayPal", "cdnjs", "GSAP", "AOS", "Alpine.js", "jsDelivr", "Google Maps", "Jimdo",
      "hCaptcha", "Matomo", "Hotjar", "Microsoft Clarity", "Facebook Pixel", "LinkedIn Insight Tag", "Intercom", "Tawk.to",
      "Cloudflare Browser Insights", "Mailchimp", "Contact Form 7", "Vimeo", "OpenStreetMap", "Calendly", "Greenhouse", "Lever", "Nuxt", "Webflow"];
    for (const name of expected) expect(found.has(name), name).toBe(true);
    expect(Object.fromEntries(["Elementor", "Slider Revolution", "WooCommerce", "Drupal", "Yoast SEO", "GSAP", "AOS", "Alpine.js", "Leaflet"].map((n) => [n, found.get(n)]))).toEqual({
      Elementor: "3.21.5", "Slider Revolution": "6.6.20", WooCommerce: "8.8.3", Drupal: "10", "Yoast SEO": "22.6", GSAP: "3.12.5", AOS: "2.3.1", "Alpine.js": "3.14.1", Leaflet: "1.9.4",
    });
  });

  it("finds nothing in a data protection page that names and links dozens of vendors", () => {
    const html = readFileSync(new URL("fixtures/privacy-policy-links.html", import.meta.url), "utf8");
    expect([...detect(html).keys()]).toEqual([]);
  });

  it("recognises site builders and frameworks by their asset paths", () => {
    const found = detect(`<script src="/_next/static/chunks/main-abc.js"></script><link rel="stylesheet" href="/assets/mobirise/css/mbr-additional.css">
      <script src="https://consent.cookiebot.com/uc.js"></script><a href="https://acme.jobs.personio.de/job/123">Jobs</a>`);
    for (const name of ["Next.js", "Mobirise", "Cookiebot", "Personio"]) expect(found.has(name), name).toBe(true);
    expect(found.has("React")).toBe(false);
  });
});
