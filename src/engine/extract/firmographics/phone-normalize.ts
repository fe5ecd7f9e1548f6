import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

/**
 * A displayed number in international form ("+49 7502 9779100"), or null when it is not a
 * valid number. "(0)" trunk prefixes and switchboard dashes are tolerated as sites write them.
 */
export function normalizePhone(raw: string, defaultCountry: string | null): string | null {
  const cleaned = raw
    .replace(/\(\s*0\s*\)/g, "")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/^\s*\(\s*(\+\d{1,3})\s*\)/, "$1")
    .replace(/^\s*00(?=[1-9])/, "+")
    .trim();
  const digits = cleaned.replace(/\D/g, "");
  if (digits.length < 6 || digits.length > 15) return null;
  const parsed = parseWithFallback(cleaned, defaultCountry);
  if (!parsed || !parsed.isValid() || parsed.nationalNumber.length < 7) return rescueMissingPlus(cleaned, defaultCountry);
  if (isFictitious(parsed.countryCallingCode, parsed.nationalNumber) || isPlaceholder(parsed.nationalNumber)) return null;
  return parsed.formatInternational();
}

// Without a known country, a national number is tried as the most common English-speaking formats:
// a leading 0 rules out North America, so the UK comes first for those.
function parseWithFallback(cleaned: string, defaultCountry: string | null) {
  if (defaultCountry || cleaned.startsWith("+")) return parsePhoneNumberFromString(cleaned, (defaultCountry ?? "US") as CountryCode);
  const order: CountryCode[] = cleaned.startsWith("0") ? ["GB", "AU", "IN", "DE"] : ["US", "IN"];
  for (const country of order) {
    const parsed = parsePhoneNumberFromString(cleaned, country);
    if (parsed?.isValid()) return parsed;
  }
  return undefined;
}

// "+1300 683 323" style typos: the plus is followed by a national number of the default country.
function rescueMissingPlus(cleaned: string, defaultCountry: string | null): string | null {
  if (!cleaned.startsWith("+") || !defaultCountry) return null;
  const parsed = parsePhoneNumberFromString(cleaned.slice(1), defaultCountry as CountryCode);
  return parsed?.isValid() ? parsed.formatInternational() : null;
}

// Template numbers: "+1 234 567 8910", "0123 456789".
function isPlaceholder(national: string): boolean {
  return /1234567|2345678|3456789|9876543|(\d)\1{6,}/.test(national);
}

// North American 555-01xx numbers and 555 exchanges are reserved for fiction and templates.
function isFictitious(callingCode: string, national: string): boolean {
  return callingCode === "1" && /^\d{3}555\d{4}$/.test(national);
}

/** Digits only, for comparing numbers written differently. */
export function phoneKey(international: string): string {
  return international.replace(/\D/g, "");
}
