import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import { decodeCloudflareEmail } from "./cloudflare-email.ts";
import { normalisePhone } from "./phone-number.ts";

export interface CardContacts {
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
}

const EMAIL_IN_TEXT = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}/iu;
const PHONE_IN_TEXT = /(?:tel(?:efon)?|phone|mobil(?:e)?|fon|handy|cell|t)\.?\s*:?\s*(\+?[\d][\d\s()/.–-]{5,22}\d)/i;

/** A person's own mailto/tel/LinkedIn, read only inside that person's card. */
export function readCardContacts($: CheerioAPI, card: Element, countryHint: string | null): CardContacts {
  const node = $(card);
  const mailto = node.find('a[href^="mailto:" i]').first().attr("href");
  const cf = node.find("[data-cfemail]").first().attr("data-cfemail");
  const textEmail = EMAIL_IN_TEXT.exec(node.text())?.[0];
  const email = cleanEmail(mailto ? decodeURIComponent(mailto.slice(7)) : cf ? decodeCloudflareEmail(cf) : textEmail ?? null);
  const tel = node.find('a[href^="tel:" i]').first().attr("href");
  const textPhone = tel ? null : PHONE_IN_TEXT.exec(node.text().replace(/fax[^\n]*$/im, ""))?.[1];
  const rawPhone = tel ? decodeURIComponent(tel.slice(4)) : textPhone ?? null;
  const linkedin = node.find('a[href*="linkedin.com/in/" i]').first().attr("href") ?? null;
  return { email, phone: rawPhone ? normalisePhone(rawPhone, countryHint) : null, linkedinUrl: linkedin };
}

function cleanEmail(raw: string | null): string | null {
  if (!raw) return null;
  const address = raw.split("?")[0]?.trim().toLowerCase() ?? "";
  return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(address) ? address : null;
}
