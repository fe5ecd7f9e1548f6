type Node = Record<string, unknown>;

/** A readable place from a schema.org jobLocation (Place / PostalAddress / string / array). */
export function schemaLocation(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) {
    const parts = value.map(schemaLocation).filter((v): v is string => Boolean(v));
    return parts.length ? [...new Set(parts)].join("; ") : null;
  }
  if (typeof value !== "object") return null;
  const node = value as Node;
  const address = node.address ?? node;
  if (typeof address === "string") return address.trim() || null;
  const a = address as Node;
  const city = typeof a.addressLocality === "string" ? a.addressLocality.trim() : "";
  const region = typeof a.addressRegion === "string" ? a.addressRegion.trim() : "";
  const place = [city, region].filter(Boolean).join(", ");
  if (place) return place;
  return typeof node.name === "string" ? node.name.trim() || null : null;
}
