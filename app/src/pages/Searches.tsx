import { api, type Page } from "../api.ts";
import { useResource } from "../hooks.ts";
import type { ProspectSearch } from "../types.ts";
import { formatDate } from "../format.ts";
import { ErrorNote, Loading, PageTitle, StatusBadge, TableWrap } from "../ui.tsx";

export function Searches() {
  const searches = useResource(() => api<Page<ProspectSearch>>("GET", "/api/v1/prospect-searches", { query: { limit: 100 } }), []);
  return (
    <>
      <PageTitle>Prospect searches</PageTitle>
      <ErrorNote error={searches.error} />
      <Loading when={searches.loading && !searches.data} />
      {searches.data && searches.data.items.length === 0 && <p>No prospect searches yet: an order creates one.</p>}
      {searches.data && searches.data.items.length > 0 && (
        <TableWrap label="Prospect searches">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col">Companies</th>
              <th scope="col">Orders</th>
              <th scope="col">Version</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {searches.data.items.map((s) => (
              <tr key={s.id}>
                <td>
                  <a href={`#/searches/${s.id}`}>{s.name}</a>
                </td>
                <td>
                  <StatusBadge status={s.status} />
                </td>
                <td>
                  <a href={`#/inbox?search=${s.id}`}>{s.counts.companies}</a>
                </td>
                <td>{s.counts.orders}</td>
                <td>{s.version}</td>
                <td>{formatDate(s.updated_at)}</td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
    </>
  );
}
