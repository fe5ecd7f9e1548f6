/**
 * True when the Accept header ranks text/csv above JSON (q-values; a wildcard counts for JSON, the
 * default answer, just below an explicit type). Absent or JSON-only headers keep the JSON answer.
 */
export function prefersCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  let csv = -1;
  let json = -1;
  for (const part of accept.split(",")) {
    const [type = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q)) continue;
    if (type === "text/csv") csv = Math.max(csv, q);
    if (type === "application/json" || type === "application/*" || type === "*/*") json = Math.max(json, type === "application/json" ? q : q - 0.001);
  }
  return csv > 0 && csv > json;
}
