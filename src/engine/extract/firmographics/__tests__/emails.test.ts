import { describe, expect, it } from "vitest";
import { decodeCfEmail, deobfuscateText, findEmails, joinJsConcatenation } from "../email-deobfuscate.ts";
import { extractCompany } from "../index.ts";
import { page } from "./fixtures/page.ts";

function cfEncode(email: string, key = 0x5a): string {
  const hex = (n: number) => n.toString(16).padStart(2, "0");
  return hex(key) + [...email].map((c) => hex(c.charCodeAt(0) ^ key)).join("");
}

describe("email de-obfuscation", () => {
  it.each([
    ["info [at] firma-muster.de", "info@firma-muster.de"],
    ["info(at)firma-muster(dot)de", "info@firma-muster.de"],
    ["kontakt {at} firma-muster [dot] de", "kontakt@firma-muster.de"],
    ["hello at brightpath dot io", "hello@brightpath.io"],
    ["info @ verein-beispiel.de", "info@verein-beispiel.de"],
    ["office\u2011mail@kanzlei\u2011ost.at", "office-mail@kanzlei-ost.at"],
  ])("%s", (text, email) => {
    expect(findEmails(deobfuscateText(text))).toEqual([email]);
  });

  it("does not turn prose with 'at' into an address", () => {
    expect(findEmails(deobfuscateText("Visit us at www.example-shop.de or call us at home"))).toEqual([]);
  });

  it("decodes Cloudflare data-cfemail", () => {
    expect(decodeCfEmail(cfEncode("admin@studio-nord.com"))).toBe("admin@studio-nord.com");
  });

  it("joins JavaScript string concatenation", () => {
    expect(findEmails(joinJsConcatenation(`var m = 'info' + '@' + 'tischlerei-kern' + '.de';`))).toEqual(["info@tischlerei-kern.de"]);
  });

  it("drops image names, placeholders and example domains", () => {
    expect(findEmails("logo@2x.png max@mustermann.de test@example.com sprite@3x.webp")).toEqual([]);
  });
});

describe("company emails", () => {
  it("collects every obfuscation kind and keeps company mailboxes only", () => {
    const domain = "schreinerei-lutz.de";
    const contact = page(domain, "kontakt/", `
      <p>E-Mail: <a href="mailto:info@schreinerei-lutz.de?subject=Anfrage">schreiben Sie uns</a></p>
      <p><a href="/cdn-cgi/l/email-protection" data-cfemail="${cfEncode("service@schreinerei-lutz.de")}">[email&#160;protected]</a></p>
      <p>Bewerbungen an bewerbung@schreinerei-lutz.de</p>`);
    const imprint = page(domain, "impressum/", `<h1>Impressum</h1>
      <p>Schreinerei Lutz GmbH<br>Hauptstraße 2<br>79098 Freiburg</p>
      <p>E-Mail: &#105;&#110;&#102;&#111;&#64;schreinerei-lutz.de</p>
      <p>Website by <a href="mailto:studio@agentur-blau.de">Agentur Blau</a></p>`);
    const privacy = page(domain, "datenschutz/", `<p>Aufsichtsbehörde: poststelle@lfdi.bwl.de</p>`);
    const team = page(domain, "team/", `<div class="team-member"><h3>Anna Lutz</h3><p>Geschäftsführung</p>
      <a href="mailto:anna.lutz@schreinerei-lutz.de">anna.lutz@schreinerei-lutz.de</a></div>`);
    const { company } = extractCompany([contact, imprint, privacy, team], { domain });
    expect(company.emails.sort()).toEqual(["info@schreinerei-lutz.de", "service@schreinerei-lutz.de"]);
  });

  it("reads addresses assembled from data attributes and keeps a solo trader's personal address", () => {
    const imprint = page("kfz-walter.example", "impressum/", `<h1>Impressum</h1>
      <p>Kfz-Service Walter<br>Am Ring 4<br>02625 Bautzen</p>
      <p>E-Mail: <a href="#" data-name="kfz-walter" data-domain="freenet" data-tld="de">schreiben</a></p>`);
    const { company } = extractCompany([imprint], { domain: "kfz-walter.example" });
    expect(company.emails).toEqual(["kfz-walter@freenet.de"]);
  });
});
