import { useMemo, useState, type ChangeEvent, type FormEvent } from "react";
import { api, type Page } from "../api.ts";
import { checkRows, guessMapping, ORDER_FIELDS, parseCsv, type ColumnMapping, type OrderField } from "../csv.ts";
import { useResource } from "../hooks.ts";
import { navigate } from "../router.ts";
import type { ProspectSearch } from "../types.ts";
import { ErrorNote, PageTitle, TableWrap } from "../ui.tsx";

const FIELD_LABELS: Record<OrderField, string> = {
  company_name: "Company name",
  website_url: "Website",
  external_id: "Your ID (external_id)",
  city: "City",
  country: "Country",
};
const PREVIEW_ROWS = 50;

/** An ENRICHMENT order from a pasted or uploaded CSV: map columns, see every row's problems, send. */
export function NewOrder() {
  const [text, setText] = useState("");
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [title, setTitle] = useState("");
  const [profileId, setProfileId] = useState("");
  const [profileName, setProfileName] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const searches = useResource(() => api<Page<ProspectSearch>>("GET", "/api/v1/prospect-searches", { query: { limit: 100 } }), []);

  const table = useMemo(() => parseCsv(text), [text]);
  const header = table[0] ?? [];
  const effectiveMapping = mapping ?? guessMapping(header);
  const checks = useMemo(() => checkRows(table.slice(1), effectiveMapping), [table, effectiveMapping]);
  const invalid = checks.filter((c) => c.errors.length > 0);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setText(await file.text());
    setMapping(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = {
        order_type: "ENRICHMENT",
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(profileId ? { profile_id: profileId } : profileName.trim() ? { profile_name: profileName.trim() } : {}),
        companies: checks.map((c) => c.company),
      };
      const created = await api<{ order_id: string }>("POST", "/api/v1/orders", { body });
      navigate(`/orders/${created.order_id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle>New enrichment order</PageTitle>
      <form onSubmit={submit}>
        <fieldset>
          <legend>1. Companies as CSV (first line is the header)</legend>
          <label htmlFor="csv-file">Upload a CSV file</label>
          <input id="csv-file" type="file" accept=".csv,text/csv,text/plain" onChange={onFile} />
          <label htmlFor="csv-text">…or paste CSV</label>
          <textarea id="csv-text" rows={8} value={text} onChange={(e) => { setText(e.target.value); setMapping(null); }} spellCheck={false} />
        </fieldset>
        {header.length > 0 && (
          <fieldset>
            <legend>2. Which column is which</legend>
            <div className="grid">
              {ORDER_FIELDS.map((field) => (
                <div key={field}>
                  <label htmlFor={`map-${field}`}>{FIELD_LABELS[field]}</label>
                  <select
                    id={`map-${field}`}
                    value={effectiveMapping[field] ?? ""}
                    onChange={(e) => setMapping({ ...effectiveMapping, [field]: e.target.value === "" ? null : Number(e.target.value) })}
                  >
                    <option value="">(not in the file)</option>
                    {header.map((h, i) => (
                      <option key={i} value={i}>
                        {h || `column ${i + 1}`}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          </fieldset>
        )}
        {checks.length > 0 && (
          <fieldset>
            <legend>3. Preview</legend>
            <p role="status">
              {checks.length} {checks.length === 1 ? "company" : "companies"},{" "}
              {invalid.length === 0 ? "all rows valid" : `${invalid.length} ${invalid.length === 1 ? "row" : "rows"} with errors — fix them before sending`}
            </p>
            <TableWrap label="Preview of the companies">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  {ORDER_FIELDS.map((f) => (
                    <th scope="col" key={f}>
                      {FIELD_LABELS[f]}
                    </th>
                  ))}
                  <th scope="col">Problems</th>
                </tr>
              </thead>
              <tbody>
                {[...invalid, ...checks.filter((c) => c.errors.length === 0)].slice(0, PREVIEW_ROWS).map((c) => (
                  <tr key={c.line} className={c.errors.length ? "row-error" : undefined}>
                    <td>{c.line}</td>
                    {ORDER_FIELDS.map((f) => (
                      <td key={f}>{c.company[f] ?? ""}</td>
                    ))}
                    <td>{c.errors.join("; ") || "ok"}</td>
                  </tr>
                ))}
              </tbody>
            </TableWrap>
            {checks.length > PREVIEW_ROWS && <p className="muted">Showing rows with errors first, {PREVIEW_ROWS} of {checks.length}.</p>}
          </fieldset>
        )}
        <fieldset>
          <legend>4. Order</legend>
          <label htmlFor="order-title">Title</label>
          <input id="order-title" value={title} maxLength={500} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor="order-search">Prospect search</label>
          <select id="order-search" value={profileId} onChange={(e) => setProfileId(e.target.value)}>
            <option value="">A new search</option>
            {searches.data?.items.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {!profileId && (
            <>
              <label htmlFor="order-search-name">Name of the new search (optional)</label>
              <input id="order-search-name" value={profileName} maxLength={200} onChange={(e) => setProfileName(e.target.value)} />
            </>
          )}
        </fieldset>
        <button type="submit" disabled={busy || checks.length === 0 || invalid.length > 0}>
          {busy ? "Sending…" : `Create order for ${checks.length} ${checks.length === 1 ? "company" : "companies"}`}
        </button>
      </form>
      <ErrorNote error={error} />
    </>
  );
}
