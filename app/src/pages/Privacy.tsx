import { useState, type FormEvent } from "react";
import { api, type Page } from "../api.ts";
import { useResource } from "../hooks.ts";
import { formatDate } from "../format.ts";
import { ErrorNote, Notice, PageTitle, TableWrap } from "../ui.tsx";

interface Suppression {
  id: string;
  kind: string;
  value_hash: string;
  reason: string;
  created_at: string;
}

interface ErasureRequest {
  id: string;
  prospect_id: string;
  company_id: string;
  kind: "erasure" | "objection";
  status: string;
  created_at: string;
}

/** Erasure requests waiting for a decision, erasing a company or a person, and suppressions. */
export function Privacy() {
  const requests = useResource(() => api<Page<ErasureRequest>>("GET", "/api/admin/v1/erasure-requests", { query: { status: "pending", limit: 50 } }), []);
  const suppressions = useResource(() => api<Page<Suppression>>("GET", "/api/admin/v1/suppressions", { query: { limit: 50 } }), []);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [kind, setKind] = useState<"domain" | "email" | "person">("domain");
  const [value, setValue] = useState("");
  const [personName, setPersonName] = useState("");
  const [eraseKind, setEraseKind] = useState<"companies" | "prospects">("companies");
  const [eraseId, setEraseId] = useState("");

  async function run(action: () => Promise<unknown>, done: string) {
    setError(null);
    try {
      await action();
      setNote(done);
      requests.reload();
      suppressions.reload();
    } catch (e) {
      setError(e);
    }
  }

  function suppress(event: FormEvent) {
    event.preventDefault();
    const body = kind === "email" ? { kind, email: value.trim() } : kind === "person" ? { kind, name: personName.trim(), domain: value.trim() } : { kind, domain: value.trim() };
    void run(() => api("POST", "/api/admin/v1/suppressions", { body }), `Suppressed the ${kind}.`).then(() => {
      setValue("");
      setPersonName("");
    });
  }

  function erase(event: FormEvent) {
    event.preventDefault();
    if (!window.confirm(`Erase this ${eraseKind === "companies" ? "company" : "person"} everywhere? This cannot be undone.`)) return;
    void run(() => api("POST", `/api/admin/v1/${eraseKind}/${encodeURIComponent(eraseId.trim())}/erase`), "Erased, and suppressed from future crawls.");
  }

  return (
    <>
      <PageTitle>Erasure and suppression</PageTitle>
      {note && <Notice>{note}</Notice>}
      <ErrorNote error={error} />
      <section aria-labelledby="req-h">
        <h2 id="req-h">Pending erasure and objection requests</h2>
        <ErrorNote error={requests.error} />
        {requests.data && requests.data.items.length === 0 && <p>No pending requests.</p>}
        {requests.data && requests.data.items.length > 0 && (
          <TableWrap label="Pending requests">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Prospect</th>
                <th scope="col">Filed</th>
                <th scope="col">Decision</th>
              </tr>
            </thead>
            <tbody>
              {requests.data.items.map((r) => (
                <tr key={r.id}>
                  <td>{r.kind}</td>
                  <td>
                    <code>{r.prospect_id}</code>
                  </td>
                  <td>{formatDate(r.created_at)}</td>
                  <td className="actions">
                    <button type="button" className="danger" onClick={() => run(() => api("POST", `/api/admin/v1/erasure-requests/${r.id}/resolve`, { body: { action: "erase" } }), "The person was erased.")}>
                      Erase <span className="visually-hidden">for request {r.id}</span>
                    </button>
                    <button type="button" onClick={() => run(() => api("POST", `/api/admin/v1/erasure-requests/${r.id}/resolve`, { body: { action: "reject" } }), "The request was rejected.")}>
                      Reject <span className="visually-hidden">request {r.id}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </TableWrap>
        )}
      </section>
      <form onSubmit={erase} aria-labelledby="erase-h">
        <h2 id="erase-h">Erase a company or a person</h2>
        <label htmlFor="erase-kind">What</label>
        <select id="erase-kind" value={eraseKind} onChange={(e) => setEraseKind(e.target.value as "companies" | "prospects")}>
          <option value="companies">Company (its data is deleted, its domain suppressed)</option>
          <option value="prospects">Person (deleted everywhere, e-mail and name suppressed)</option>
        </select>
        <label htmlFor="erase-id">ID</label>
        <input id="erase-id" required value={eraseId} onChange={(e) => setEraseId(e.target.value)} />
        <button type="submit" className="danger">
          Erase
        </button>
      </form>
      <form onSubmit={suppress} aria-labelledby="supp-h">
        <h2 id="supp-h">Suppress</h2>
        <label htmlFor="supp-kind">Kind</label>
        <select id="supp-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="domain">Whole domain</option>
          <option value="email">E-mail address</option>
          <option value="person">Person at a company domain</option>
        </select>
        {kind === "person" && (
          <>
            <label htmlFor="supp-name">Person's name</label>
            <input id="supp-name" required value={personName} onChange={(e) => setPersonName(e.target.value)} />
          </>
        )}
        <label htmlFor="supp-value">{kind === "email" ? "E-mail address" : "Domain or website"}</label>
        <input id="supp-value" required value={value} onChange={(e) => setValue(e.target.value)} />
        <button type="submit">Suppress</button>
      </form>
      <section aria-labelledby="list-h">
        <h2 id="list-h">Suppressions (newest first)</h2>
        <p className="hint">Only a hash of each value is stored, so the list shows kinds and reasons, not the values.</p>
        <ErrorNote error={suppressions.error} />
        {suppressions.data && suppressions.data.items.length > 0 && (
          <TableWrap label="Suppressions">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Reason</th>
                <th scope="col">Hash</th>
                <th scope="col">Since</th>
                <th scope="col">Lift</th>
              </tr>
            </thead>
            <tbody>
              {suppressions.data.items.map((s) => (
                <tr key={s.id}>
                  <td>{s.kind}</td>
                  <td>{s.reason}</td>
                  <td>
                    <code>{s.value_hash.slice(0, 12)}…</code>
                  </td>
                  <td>{formatDate(s.created_at)}</td>
                  <td>
                    <button type="button" onClick={() => run(() => api("DELETE", `/api/admin/v1/suppressions/${s.id}`), "Suppression lifted.")}>
                      Lift <span className="visually-hidden">suppression {s.id}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </TableWrap>
        )}
      </section>
    </>
  );
}
