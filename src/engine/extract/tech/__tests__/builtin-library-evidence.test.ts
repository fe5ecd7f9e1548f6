import { describe, expect, it } from "vitest";
import type { TechDetection } from "../../../types.ts";
import { detectTechnologies, loadBuiltinFingerprints, reportedTechnologies } from "../index.ts";
import { importMapUrls } from "../read-script-urls.ts";
import { makePage } from "./make-page.ts";

// The real matcher with the builtin set, on small hand-written snippets of the evidence kinds the
// set learnt to read: import maps and script preloads, inline library calls, framework class
// conventions, icon fonts on vendor hosts, and names as the label vocabulary writes them.
const builtin = loadBuiltinFingerprints();
const detect = (html: string): TechDetection[] => reportedTechnologies(detectTechnologies([makePage(html)], builtin));
const names = (html: string): string[] => detect(html).map((d) => d.name);

describe("script URLs beyond <script src>", () => {
  it("reads the libraries an import map names, with their versions", () => {
    const found = detect(`<script type="importmap">{"imports": {"three": "https://cdn.jsdelivr.net/npm/three@0.170.0/build/three.module.js",
      "three/addons/": "https://cdn.jsdelivr.net/npm/three@0.170.0/examples/jsm/"}}</script>`);
    const three = found.find((d) => d.name === "Three.js");
    expect(three?.version).toBe("0.170.0");
    expect(three?.evidence[0].type).toBe("scriptSrc");
  });

  it("reads module and script preloads but not style preloads", () => {
    expect(names('<link rel="modulepreload" href="https://cdn.jsdelivr.net/npm/axios@1.7.2/dist/esm/axios.min.js">')).toContain("Axios");
    expect(names('<link rel="preload" as="script" href="/js/jquery.bxslider.min.js">')).toContain("bxSlider");
    expect(names('<link rel="preload" as="style" href="/js/jquery.bxslider.min.js">')).not.toContain("bxSlider");
  });

  it("takes import-map URLs from imports and scopes, and nothing from broken or oversized maps", () => {
    expect(importMapUrls('{"imports": {"a": "/a.js"}, "scopes": {"/x/": {"b": "/b.js"}}}')).toEqual(["/a.js", "/b.js"]);
    expect(importMapUrls('{"imports": {"a": ')).toEqual([]);
    expect(importMapUrls("[1, 2]")).toEqual([]);
    expect(importMapUrls(`{"imports": {"a": "${"x".repeat(100_001)}"}}`)).toEqual([]);
    expect(() => detect('<script type="importmap">{not json</script>')).not.toThrow();
  });
});

describe("names in the label vocabulary", () => {
  it("writes Microsoft ASP.NET and Spotify Widgets", () => {
    expect(names('<form><input type="hidden" name="__VIEWSTATE" value="x"></form>')).toContain("Microsoft ASP.NET");
    expect(names('<iframe src="https://open.spotify.com/embed/playlist/abc"></iframe>')).toContain("Spotify Widgets");
  });

  it("tells orestbida's CookieConsent from Osano's Cookie Consent", () => {
    const orestbida = names('<script src="https://cdn.jsdelivr.net/gh/orestbida/cookieconsent@v2.9.1/dist/cookieconsent.js"></script>');
    expect(orestbida).toContain("CookieConsent");
    expect(orestbida).not.toContain("Cookie Consent");
    const osano = names('<script src="https://cdn.jsdelivr.net/npm/cookieconsent@3/build/cookieconsent.min.js"></script>');
    expect(osano).toContain("Cookie Consent");
    expect(osano).not.toContain("CookieConsent");
  });

  it("keeps Material Symbols (a Google Fonts icon font) apart from Material Icons", () => {
    expect(names('<link href="https://fonts.googleapis.com/css2?family=Material+Symbols+Outlined" rel="stylesheet">')).not.toContain("Material Icons");
    expect(names('<link href="https://fonts.googleapis.com/icon?family=Material+Icons" rel="stylesheet">')).toContain("Material Icons");
  });
});

describe("library evidence the set learnt", () => {
  it("finds libraries by their CDN paths and file names", () => {
    const found = names(`<script src="https://cdnjs.cloudflare.com/ajax/libs/velocity/1.5.2/velocity.min.js"></script>
      <script src="https://cdn.jsdelivr.net/npm/flatpickr"></script><script src="/js/vendor/bootstrap.affix.min.js"></script>
      <link rel="stylesheet" href="https://maxst.icons8.com/vue-static/landings/line-awesome/line-awesome/1.3.0/css/line-awesome.min.css">
      <link rel="stylesheet" href="https://unpkg.com/boxicons@2.1.4/css/boxicons.min.css"><script src="https://gc.zgo.at/count.js"></script>`);
    for (const name of ["Velocity", "Flatpickr", "Bootstrap", "Line Awesome", "Boxicons", "GoatCounter"]) expect(found, name).toContain(name);
  });

  it("does not take look-alike file names or another company's host for a library", () => {
    const found = names(`<script src="/js/bootstrap-datepicker.min.js"></script><script src="https://agency.test/themes/line-awesome.min.css"></script>
      <link rel="stylesheet" href="https://maxst-mirror.test/line-awesome/line-awesome.min.css">`);
    expect(found).not.toContain("Bootstrap");
    expect(found).not.toContain("Line Awesome");
  });

  it("finds embeds and form backends, a form backend in full", () => {
    const found = detect(`<iframe src="https://snazzymaps.com/embed/323949"></iframe>
      <form action="https://getform.io/f/abcdefgh" method="POST"></form>`);
    expect(found.map((d) => d.name)).toEqual(expect.arrayContaining(["Snazzy Maps", "Getform"]));
    expect(found.find((d) => d.name === "Getform")?.confidence).toBe(100);
  });

  it("reads inline jQuery calls, but not the word jQuery in prose", () => {
    expect(names('<script>jQuery(document).ready(function(){ jQuery(".menu").show(); });</script>')).toContain("jQuery");
    expect(names("<p>We wrote jQuery(document).ready in 2010.</p>")).not.toContain("jQuery");
  });

  it("recognises Foundation by its XY-grid classes and NextGEN Gallery by its markup", () => {
    expect(names('<div class="grid-x grid-margin-x"><div class="small-12 cell">A</div></div>')).toContain("Foundation");
    expect(names('<div class="grid-x"><div class="cell">A</div></div>')).not.toContain("Foundation");
    expect(names('<div class="ngg-galleryoverview" id="ngg-gallery-1"></div>')).toContain("NextGEN Gallery");
  });
});
