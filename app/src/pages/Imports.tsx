import { useState, type FormEvent } from "react";
import { api, type Page } from "../api.ts";
import { useResource } from "../hooks.ts";
import type { CompanyImport } from "../types.ts";
import { formatDate } from "../format.ts";
import { ErrorNote, Loading, PageTitle, StatusBadge, TableWrap } from "../ui.tsx";

const FORMATS = [
  ["generic", "Generic CSV or NDJSON", "text/csv"],
  ["companies_house", "Companies House BasicCompanyData CSV", "text/csv"],
  ["gleif", "GLEIF LEI golden copy CSV", "text/csv"],
  ["osm", "OpenStreetMap Overpass JSON", "application/json"],
] as const;
const RUNNING = new Set(["PENDING", "RUNNING"]);

/** Open company data into the discovery index; the list polls while an import runs. */
export function Imports() {
  const imports = useResource(() => api<Page<CompanyImport>>("GET", "/api/admin/v1/company-imports", { query: { limit: 50 } }), [], {
    ms: 1500,
    while: (page) => page.items.some((i) => RUNNING.has(i.status)),
  });
  const [format, setFormat] = useState<string>("generic");
  const [source, setSource] = useState("");
  const [country, setCountry] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const named = FORMATS.find((f) => f[0] === format)!;
      const contentType = format === "generic" && /\.(nd)?jsonl?$/i.test(file.name) ? "application/x-ndjson" : named[2];
      await api("POST", "/api/admin/v1/company-imports", {
        query: { format, source: source.trim(), country: country.trim() || undefined },
        rawBody: { data: file, contentType },
      });
      imports.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle>Company imports</PageTitle>
      <form onSubmit={start} aria-labelledby="new-import">
        <h2 id="new-import">Import a dataset</h2>
        <label htmlFor="import-format">Format</label>
        <select id="import-format" value={format} onChange={(e) => setFormat(e.target.value)}>
          {FORMATS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor="import-source">Dataset name (lower case, e.g. companies-house-2026-12)</label>
        <input id="import-source" required pattern="[a-z0-9][a-z0-9._\-]{0,62}" value={source} onChange={(e) => setSource(e.target.value)} />
        <label htmlFor="import-country">Country for rows that state none (ISO code, optional)</label>
        <input id="import-country" maxLength={2} value={country} onChange={(e) => setCountry(e.target.value)} />
        <label htmlFor="import-file">File</label>
        <input id="import-file" type="file" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <button type="submit" disabled={busy || !file || !source.trim()}>
          {busy ? "Uploading…" : "Start import"}
        </button>
        <ErrorNote error={error} />
      </form>
      <h2>Imports</h2>
      <ErrorNote error={imports.error} />
      <Loading when={imports.loading && !imports.data} />
      {imports.data && imports.data.items.length === 0 && <p>No imports yet.</p>}
      {imports.data && imports.data.items.length > 0 && (
        <TableWrap label="Company imports">
          <thead>
            <tr>
              <th scope="col">Dataset</th>
              <th scope="col">Format</th>
              <th scope="col">Status</th>
              <th scope="col">Rows read</th>
              <th scope="col">Imported</th>
              <th scope="col">Updated</th>
              <th scope="col">Rejected</th>
              <th scope="col">Started</th>
              <th scope="col">First errors</th>
            </tr>
          </thead>
          <tbody>
            {imports.data.items.map((i) => (
              <tr key={i.import_id}>
                <td>{i.source}</td>
                <td>{i.format}</td>
                <td>
                  <StatusBadge status={i.status} />
                  {i.failure_reason && <span className="muted"> {i.failure_reason}</span>}
                </td>
                <td>{i.rows_read}</td>
                <td>{i.rows_imported}</td>
                <td>{i.rows_updated}</td>
                <td>{i.rows_rejected}</td>
                <td>{formatDate(i.created_at)}</td>
                <td>
                  {i.errors.slice(0, 3).map((e) => (
                    <div key={e.line}>
                      line {e.line}: {e.message}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
    </>
  );
}
