import { useState, type FormEvent } from "react";
import { api, type Page } from "../api.ts";
import { useResource } from "../hooks.ts";
import { navigate } from "../router.ts";
import type { Organization } from "../types.ts";
import { formatDate } from "../format.ts";
import { ErrorNote, Loading, PageTitle, Pager, TableWrap } from "../ui.tsx";

const LIMIT = 50;

export function Organizations() {
  const [offset, setOffset] = useState(0);
  const orgs = useResource(() => api<Page<Organization>>("GET", "/api/admin/v1/organizations", { query: { limit: LIMIT, offset } }), [offset]);
  const [name, setName] = useState("");
  const [error, setError] = useState<unknown>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const created = await api<Organization>("POST", "/api/admin/v1/organizations", { body: { name: name.trim() } });
      navigate(`/organizations/${created.id}`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <PageTitle>Organizations</PageTitle>
      <ErrorNote error={orgs.error} />
      <Loading when={orgs.loading && !orgs.data} />
      {orgs.data && orgs.data.items.length > 0 && (
        <TableWrap label="Organizations">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Rate-limit tier</th>
              <th scope="col">Auto-accept up to</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {orgs.data.items.map((o) => (
              <tr key={o.id}>
                <td>
                  <a href={`#/organizations/${o.id}`}>{o.name}</a>
                </td>
                <td>{o.rate_limit_tier}</td>
                <td>{o.auto_accept_max_companies} companies</td>
                <td>{formatDate(o.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
      {orgs.data && <Pager offset={offset} limit={LIMIT} total={orgs.data.total} onChange={setOffset} />}
      <form onSubmit={create} aria-labelledby="new-org">
        <h2 id="new-org">New organization</h2>
        <label htmlFor="org-name">Name</label>
        <input id="org-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={!name.trim()}>
          Create organization
        </button>
        <ErrorNote error={error} />
      </form>
    </>
  );
}
