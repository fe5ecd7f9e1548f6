import { describe, expect, it } from "vitest";
import { detectTechnologies, loadBuiltinFingerprints } from "../index.ts";
import { makePage } from "./make-page.ts";

// The real matcher with the builtin set: host guards and fingerprints must agree on vendor hosts.
const builtin = loadBuiltinFingerprints();
const names = (html: string) => detectTechnologies([makePage(html)], builtin).map((d) => d.name);

describe("builtin Google Maps fingerprint through the URL guard", () => {
  it("finds the usual embed forms on Google's own hosts, any country domain", () => {
    expect(names('<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12"></iframe>')).toContain("Google Maps");
    expect(names('<iframe src="https://www.google.de/maps/embed/v1/place?key=k&q=Ulm"></iframe>')).toContain("Google Maps");
    expect(names('<iframe src="about:blank" data-src="https://maps.google.com/maps?q=Hauptstr.+1&t=&z=15&output=embed"></iframe>')).toContain("Google Maps");
    expect(names('<script src="https://maps.googleapis.com/maps/api/js?key=k&libraries=places"></script>')).toContain("Google Maps");
  });

  it("does not count a maps path on another company's host or a plain route link", () => {
    expect(names('<iframe src="https://maps-partner.test/www.google.com/maps/embed?pb=1"></iframe>')).not.toContain("Google Maps");
    expect(names('<a href="https://www.google.com/maps/dir/?api=1&destination=Ulm">Route</a>')).not.toContain("Google Maps");
  });
});
