import { useMemo, useState, type ChangeEvent } from "react";
import { api, type Page } from "../api.ts";
import { guessMapping, ORDER_FIELDS, parseCsv } from "../csv.ts";
import { useResource } from "../hooks.ts";
import { navigate } from "../router.ts";
import type { Blacklist, BlacklistEntry } from "../types.ts";
import { ErrorNote, Loading, Notice, PageTitle, Pager, TableWrap } from "../ui.tsx";

const LIMIT = 50;

interface AddResult {
  added: number;
  duplicates: number;
  invalid: number;
  invalid_entries: { index: number; reason: string }[];
}

/** A blacklist: add entries from a CSV (the API's added/duplicate/invalid counts), browse and remove. */
export function BlacklistDetail({ blacklistId }: { blacklistId: string }) {
  const path = `/api/v1/blacklists/${encodeURIComponent(blacklistId)}`;
  const list = useResource(() => api<Blacklist>("GET", path), [blacklistId]);
  const [offset, setOffset] = useState(0);
  const entries = useResource(() => api<Page<BlacklistEntry>>("GET", `${path}/entries`, { query: { limit: LIMIT, offset } }), [blacklistId, offset]);
  const [csv, setCsv] = useState("");
  const [added, setAdded] = useState<AddResult | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);

  const parsed = useMemo(() => {
    const table = parseCsv(csv);
    if (table.length < 2) return [];
    const mapping = guessMapping(table[0]);
    return table.slice(1).map((cells) =>
      Object.fromEntries(ORDER_FIELDS.flatMap((f) => (mapping[f] !== null && cells[mapping[f]!]?.trim() ? [[f, cells[mapping[f]!].trim()]] : []))),
    );
  }, [csv]);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  }

  async function upload() {
    setError(null);
    try {
      const answer = await api<AddResult>("POST", `${path}/entries`, { body: { entries: parsed } });
      setAdded(answer);
      setCsv("");
      list.reload();
      entries.reload();
    } catch (e) {
      setError(e);
    }
  }

  async function removeSelected() {
    setError(null);
    try {
      await api("DELETE", `${path}/entries`, { body: { entry_ids: [...selected] } });
      setNote(`Removed ${selected.size} entries.`);
      setSelected(new Set());
      list.reload();
      entries.reload();
    } catch (e) {
      setError(e);
    }
  }

  async function deleteList() {
    if (!window.confirm("Delete this blacklist with all its entries and assignments?")) return;
    try {
      await api("DELETE", path);
      navigate("/blacklists");
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <PageTitle>Blacklist {list.data?.name ?? ""}</PageTitle>
      <ErrorNote error={list.error} />
      {list.data && (
        <p>
          {list.data.entry_count} entries. {list.data.description}
        </p>
      )}
      <section aria-labelledby="upload-h">
        <h2 id="upload-h">Add entries from CSV</h2>
        <p className="hint">Columns such as company_name, website_url, external_id, city, country (header names are recognised).</p>
        <label htmlFor="bl-file">Upload a CSV file</label>
        <input id="bl-file" type="file" accept=".csv,text/csv,text/plain" onChange={onFile} />
        <label htmlFor="bl-csv">…or paste CSV</label>
        <textarea id="bl-csv" rows={5} value={csv} onChange={(e) => setCsv(e.target.value)} spellCheck={false} />
        <button type="button" onClick={upload} disabled={parsed.length === 0}>
          Add {parsed.length} entries
        </button>
        {added && (
          <div role="status" className="notice">
            Added {added.added}, duplicates {added.duplicates}, invalid {added.invalid}.
            {added.invalid_entries.length > 0 && (
              <ul>
                {added.invalid_entries.slice(0, 20).map((x) => (
                  <li key={x.index}>
                    line {x.index + 2}: {x.reason}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
      <section aria-labelledby="entries-h">
        <h2 id="entries-h">Entries</h2>
        <ErrorNote error={entries.error} />
        <Loading when={entries.loading && !entries.data} />
        {entries.data && entries.data.items.length > 0 && (
          <TableWrap label="Blacklist entries">
            <thead>
              <tr>
                <th scope="col">Select</th>
                <th scope="col">Company</th>
                <th scope="col">Domain</th>
                <th scope="col">External ID</th>
                <th scope="col">City</th>
                <th scope="col">Country</th>
              </tr>
            </thead>
            <tbody>
              {entries.data.items.map((e) => (
                <tr key={e.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Select ${e.company_name ?? e.domain ?? e.external_id ?? e.id}`}
                      checked={selected.has(e.id)}
                      onChange={(ev) => {
                        const next = new Set(selected);
                        if (ev.target.checked) next.add(e.id);
                        else next.delete(e.id);
                        setSelected(next);
                      }}
                    />
                  </td>
                  <td>{e.company_name ?? ""}</td>
                  <td>{e.domain ?? e.website_url ?? ""}</td>
                  <td>{e.external_id ?? ""}</td>
                  <td>{e.city ?? ""}</td>
                  <td>{e.country ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </TableWrap>
        )}
        {entries.data && <Pager offset={offset} limit={LIMIT} total={entries.data.total} onChange={setOffset} />}
        <div className="actions">
          <button type="button" onClick={removeSelected} disabled={selected.size === 0}>
            Remove {selected.size} selected
          </button>
          <button type="button" className="danger" onClick={deleteList}>
            Delete blacklist
          </button>
        </div>
        {note && <Notice>{note}</Notice>}
        <ErrorNote error={error} />
      </section>
    </>
  );
}
