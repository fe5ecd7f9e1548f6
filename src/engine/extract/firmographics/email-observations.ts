import type { Observation } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";
import { observation, pageWeight } from "./observe.ts";
import { decodeCfEmail, deobfuscateText, findEmails, joinJsConcatenation } from "./email-deobfuscate.ts";

/** Addresses from mailto links, Cloudflare-protected spans, data attributes, scripts and visible text. */
export function extractEmailObservations(doc: ParsedPage): Observation[] {
  const out: Observation[] = [];
  const weight = pageWeight(doc);
  const add = (email: string, method: Observation["method"], bonus: number) =>
    out.push(observation("email", email, doc, method, weight + bonus));
  const { $ } = doc;
  $("a[href^='mailto:' i]").each((_, el) => {
    const href = decodeURIComponentSafe(($(el).attr("href") ?? "").replace(/^mailto:/i, "").split("?")[0]);
    for (const email of findEmails(href)) add(email, "mailto", 0.05);
  });
  $("[data-cfemail]").each((_, el) => {
    const decoded = decodeCfEmail($(el).attr("data-cfemail") ?? "");
    for (const email of findEmails(decoded ?? "")) add(email, "cfemail", 0.05);
  });
  $("a[href*='/cdn-cgi/l/email-protection#']").each((_, el) => {
    const decoded = decodeCfEmail(($(el).attr("href") ?? "").split("#")[1] ?? "");
    for (const email of findEmails(decoded ?? "")) add(email, "cfemail", 0.05);
  });
  for (const email of dataAttributeEmails(doc)) add(email, "page_text", 0);
  for (const email of scriptEmails(doc)) add(email, "page_text", -0.1);
  const textMethod = doc.kind === "imprint" ? "imprint_text" : "page_text";
  for (const line of doc.lines) for (const email of findEmails(deobfuscateText(line))) add(email, textMethod, 0);
  return out;
}

// Pattern: <a data-name="info" data-domain="firma" data-tld="de"> assembled by an onclick handler.
function dataAttributeEmails(doc: ParsedPage): string[] {
  const { $ } = doc;
  const found: string[] = [];
  $("[data-name][data-domain]").each((_, el) => {
    const name = $(el).attr("data-name");
    const domain = $(el).attr("data-domain");
    const tld = $(el).attr("data-tld");
    const host = tld ? `${domain}.${tld}` : domain;
    found.push(...findEmails(`${name}@${host}`));
  });
  return found;
}

function scriptEmails(doc: ParsedPage): string[] {
  const { $ } = doc;
  const found: string[] = [];
  $("script:not([src])").each((_, el) => {
    const type = ($(el).attr("type") ?? "").toLowerCase();
    if (type.includes("json")) return;
    const code = $(el).text();
    if (code.length > 20000 || !/@|mailto/i.test(code)) return;
    found.push(...findEmails(joinJsConcatenation(code)));
  });
  return found;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
