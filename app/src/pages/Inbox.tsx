import { useState } from "react";
import { api, type Page } from "../api.ts";
import { useResource } from "../hooks.ts";
import { navigate, queryParam } from "../router.ts";
import type { Company } from "../types.ts";
import { orDash } from "../format.ts";
import { ErrorNote, Loading, PageTitle, Pager, StatusBadge, TableWrap } from "../ui.tsx";
import { SearchPicker } from "./SearchPicker.tsx";

const LIMIT = 25;
type Review = "pending" | "accepted" | "rejected";

/** The lead inbox: a search's companies with their review_status, accepted or rejected one by one. */
export function Inbox({ path }: { path: string }) {
  const searchId = queryParam(path, "search");
  const [status, setStatus] = useState<Review | "">("pending");
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const companies = useResource(
    () =>
      searchId
        ? api<Page<Company>>("GET", "/api/v1/companies", { query: { prospect_search_id: searchId, review_status: status || undefined, limit: LIMIT, offset } })
        : Promise.resolve(null),
    [searchId, status, offset],
  );

  async function review(company: Company, decision: Review) {
    setError(null);
    try {
      await api("PATCH", `/api/v1/companies/${company.id}`, { body: { prospect_search_id: searchId, review_status: decision } });
      companies.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <PageTitle>Lead inbox</PageTitle>
      <div className="grid">
        <SearchPicker value={searchId} onChange={(id) => navigate(`/inbox?search=${id}`)} />
        <div>
          <label htmlFor="review-filter">Review status</label>
          <select id="review-filter" value={status} onChange={(e) => { setStatus(e.target.value as Review | ""); setOffset(0); }}>
            <option value="pending">Pending</option>
            <option value="accepted">Accepted</option>
            <option value="rejected">Rejected</option>
            <option value="">All</option>
          </select>
        </div>
      </div>
      <ErrorNote error={companies.error ?? error} />
      <Loading when={companies.loading && !companies.data} />
      {companies.data && companies.data.items.length === 0 && <p>No companies with this review status.</p>}
      {companies.data && companies.data.items.length > 0 && (
        <TableWrap label="Companies to review">
          <thead>
            <tr>
              <th scope="col">Company</th>
              <th scope="col">Domain</th>
              <th scope="col">City</th>
              <th scope="col">Match score</th>
              <th scope="col">Prospects</th>
              <th scope="col">Review</th>
              <th scope="col">Decide</th>
            </tr>
          </thead>
          <tbody>
            {companies.data.items.map((c) => (
              <tr key={c.id}>
                <td>{c.legal_name ?? c.name}</td>
                <td>{orDash(c.domain)}</td>
                <td>{orDash(c.city)}</td>
                <td>{orDash(c.match_score)}</td>
                <td>{c.prospect_count}</td>
                <td>
                  <StatusBadge status={c.review_status} />
                </td>
                <td className="actions">
                  <button type="button" onClick={() => review(c, "accepted")} disabled={c.review_status === "accepted"}>
                    Accept <span className="visually-hidden">{c.legal_name ?? c.name}</span>
                  </button>
                  <button type="button" onClick={() => review(c, "rejected")} disabled={c.review_status === "rejected"}>
                    Reject <span className="visually-hidden">{c.legal_name ?? c.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
      {companies.data && <Pager offset={offset} limit={LIMIT} total={companies.data.total} onChange={setOffset} />}
    </>
  );
}
