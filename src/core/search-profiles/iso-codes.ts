// ICU knows every ISO 3166-1 region and ISO 639-1 language: an unknown code comes back unchanged.
const regions = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
const languages = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });
// Region codes ICU knows that are not countries.
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"]);

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regions.of(code) !== code;
}

export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2}$/.test(code) && languages.of(code) !== code;
}
