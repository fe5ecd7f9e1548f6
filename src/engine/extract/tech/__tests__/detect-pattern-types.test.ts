import { describe, expect, it } from "vitest";
import { detectTechnologies } from "../index.ts";
import { fixtureSet, makePage } from "./make-page.ts";

const detect = (html: string, options?: Parameters<typeof makePage>[1]) => detectTechnologies([makePage(html, options)], fixtureSet);
const find = (html: string, name: string, options?: Parameters<typeof makePage>[1]) => detect(html, options).find((d) => d.name === name);

describe("detectTechnologies pattern types", () => {
  it("matches meta (case-insensitive name) and extracts the version", () => {
    const acme = find('<html><head><meta name="generator" content="Acme CMS 4.2.1"></head></html>', "Acme CMS");
    expect(acme).toMatchObject({ slug: "acme-cms", categories: ["CMS"], version: "4.2.1", confidence: 100 });
    expect(acme?.evidence[0]).toEqual({ type: "meta", value: "generator: Acme CMS 4.2.1", url: "https://www.shop-owner.test/" });
  });

  it("matches header presence and header values with versions", () => {
    const found = detect("<p>hi</p>", { headers: { "x-acme-cache": "HIT", "x-powered-by": "HPP/8.2.3" } });
    expect(found.find((d) => d.name === "Acme CMS")?.evidence[0].type).toBe("header");
    const hpp = found.find((d) => d.name === "Hypertext Preprocessor");
    expect(hpp).toMatchObject({ version: "8.2.3", confidence: 100 });
    expect(hpp?.evidence[0]).toMatchObject({ type: "header", value: "x-powered-by: HPP/8.2.3" });
  });

  it("matches cookies from Set-Cookie and names the cookie, not its value", () => {
    const acme = find("<p>x</p>", "Acme CMS", { headers: { "set-cookie": "lang=de; Path=/\nacme_session=s3cr3t; HttpOnly" } });
    expect(acme?.evidence[0]).toMatchObject({ type: "cookie", value: "acme_session" });
  });

  it("matches scriptSrc against script URLs, with versions", () => {
    const widget = find('<script src="https://cdn.widgetly.test/w-3.1.js"></script>', "Widgetly");
    expect(widget).toMatchObject({ version: "3.1" });
    expect(widget?.evidence[0]).toMatchObject({ type: "scriptSrc", value: "https://cdn.widgetly.test/w-3.1.js" });
    expect(find('<script src="/assets/pathlib.min.js"></script>', "Pathlib")?.evidence[0].value).toBe("https://www.shop-owner.test/assets/pathlib.min.js");
  });

  it("resolves a ternary version template both ways", () => {
    expect(find('<script src="/js/ternary-legacy.js"></script>', "Ternary")?.version).toBe("1.x");
    expect(find('<script src="/js/ternary.js"></script>', "Ternary")?.version).toBe("2.x");
  });

  it("matches inline script content but not a script's src", () => {
    expect(find("<script>inlinerInit('v7', {})</script>", "Inliner")).toMatchObject({ version: "7" });
    expect(find('<script src="/inlinerInit(\'v7\').js"></script>', "Inliner")).toBeUndefined();
  });

  it("matches html against markup and text where the fingerprint asks for text", () => {
    expect(find('<div class="x" data-acme-block="hero"></div>', "Acme CMS")?.evidence[0].type).toBe("html");
    expect(find("<footer><p>Proudly built with Textmark</p></footer>", "Textmark")?.evidence[0]).toMatchObject({ type: "text" });
  });

  it("matches css in inline style blocks", () => {
    expect(find("<style>.stylo-grid { display: grid }</style>", "Stylo")?.evidence[0].type).toBe("css");
  });

  it("matches dom selectors with attribute and text checks, ignoring browser-only properties", () => {
    const byAttribute = find('<div id="domino-root" data-version="5.0.2"></div>', "Domino");
    expect(byAttribute).toMatchObject({ version: "5.0.2" });
    expect(byAttribute?.evidence[0].type).toBe("dom");
    expect(find('<div class="domino-banner">Domino v9</div>', "Domino")?.version).toBe("9");
    expect(find('<div id="domino-live"></div>', "Domino")).toBeUndefined();
    expect(find('<meta name="domexists-verification" content="abc">', "Domexists")?.confidence).toBe(60);
  });

  it("matches the page URL", () => {
    expect(find("<p>x</p>", "Urlish", { url: "https://www.shop-owner.test/shopfront/item-1" })?.evidence[0].type).toBe("url");
  });

  it("matches dns records, the certificate issuer and robots.txt from the extras", () => {
    const found = detectTechnologies([makePage("<p>x</p>")], fixtureSet, {
      dns: { mx: ["10 mx2.mailhost.test"], txt: [], ns: ["ns1.registrar.test"] },
      certIssuer: "CertCo RSA CA 2",
      robots: "User-agent: *\nDisallow: /robo-admin/\n",
    });
    const names = found.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(["MailHost", "CertCo Issued", "Robo"]));
    expect(found.find((d) => d.name === "MailHost")?.evidence[0]).toMatchObject({ type: "dns", value: "MX: 10 mx2.mailhost.test" });
    expect(found.find((d) => d.name === "Robo")?.evidence[0].url).toBe("https://www.shop-owner.test/robots.txt");
  });

  it("never detects from js/xhr patterns, which need a browser", () => {
    expect(find("<script>window.scriptOnly = { version: 1 }; fetch('https://scriptonly.test/x')</script>", "Script Only")).toBeUndefined();
    expect(fixtureSet.technologies.get("Script Only")?.ignoredDynamicPatterns).toBe(2);
  });

  it("gives every detection evidence", () => {
    const found = detect('<meta name="generator" content="Acme CMS"><script src="https://cdn.widgetly.test/w-1.js"></script>');
    expect(found.length).toBeGreaterThan(1);
    for (const detection of found) expect(detection.evidence.length).toBeGreaterThan(0);
  });
});
