import { useState, type FormEvent } from "react";
import { api, type Page } from "../api.ts";
import { useResource } from "../hooks.ts";
import { navigate } from "../router.ts";
import type { Blacklist } from "../types.ts";
import { formatDate } from "../format.ts";
import { ErrorNote, Loading, PageTitle, TableWrap } from "../ui.tsx";

export function Blacklists() {
  const lists = useResource(() => api<Page<Blacklist>>("GET", "/api/v1/blacklists", { query: { limit: 100 } }), []);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [error, setError] = useState<unknown>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const created = await api<Blacklist>("POST", "/api/v1/blacklists", { body: { name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) } });
      navigate(`/blacklists/${created.id}`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <PageTitle>Blacklists</PageTitle>
      <ErrorNote error={lists.error} />
      <Loading when={lists.loading && !lists.data} />
      {lists.data && lists.data.items.length === 0 && <p>No blacklists yet.</p>}
      {lists.data && lists.data.items.length > 0 && (
        <TableWrap label="Blacklists">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Entries</th>
              <th scope="col">Description</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {lists.data.items.map((b) => (
              <tr key={b.id}>
                <td>
                  <a href={`#/blacklists/${b.id}`}>{b.name}</a>
                </td>
                <td>{b.entry_count}</td>
                <td>{b.description ?? ""}</td>
                <td>{formatDate(b.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
      <form onSubmit={create} aria-labelledby="new-bl">
        <h2 id="new-bl">New blacklist</h2>
        <label htmlFor="bl-name">Name</label>
        <input id="bl-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="bl-description">Description</label>
        <input id="bl-description" maxLength={1000} value={description} onChange={(e) => setDescription(e.target.value)} />
        <button type="submit" disabled={!name.trim()}>
          Create blacklist
        </button>
        <ErrorNote error={error} />
      </form>
    </>
  );
}
