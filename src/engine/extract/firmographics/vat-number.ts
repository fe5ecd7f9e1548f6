/** A VAT id as one token: spaces, dots and dashes dropped, a Swiss UID in its official CHE-123.456.789 form. */
export function canonicalVat(raw: string): string {
  if (/^CHE/.test(raw)) return swissUid(raw);
  return raw.replace(/[\s.-]/g, "");
}

export function swissUid(raw: string): string {
  const digits = raw.replace(/\D/g, "");
  return `CHE-${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6, 9)}`;
}
