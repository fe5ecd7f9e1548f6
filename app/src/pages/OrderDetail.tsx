import { useState } from "react";
import { api, type Page } from "../api.ts";
import { useResource } from "../hooks.ts";
import type { Order, OrderResult } from "../types.ts";
import { formatDate, orDash } from "../format.ts";
import { ErrorNote, Loading, Notice, PageTitle, Pager, ProgressBar, StatusBadge, TableWrap } from "../ui.tsx";
import { ResultDetail } from "./ResultDetail.tsx";
import { exportResultsCsv } from "./export-results.ts";

const LIMIT = 25;
const ACTIVE = new Set(["RECEIVED", "ACCEPTED", "IN_PROGRESS"]);

/** An order's status with live progress, its results, one result in full, and a CSV export. */
export function OrderDetail({ orderId }: { orderId: string }) {
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);
  const [exportNote, setExportNote] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const path = `/api/v1/orders/${encodeURIComponent(orderId)}`;
  const order = useResource(() => api<Order>("GET", path), [orderId], { ms: 1500, while: (o) => ACTIVE.has(o.status) });
  // Results are re-read whenever the order's progress moves, so finished rows appear as they finish.
  const processed = order.data?.progress.processed ?? -1;
  const results = useResource(
    () => api<Page<OrderResult> & { next_cursor: string | null }>("GET", `${path}/results`, { query: { limit: LIMIT, offset } }),
    [orderId, offset, processed, order.data?.status],
  );
  const o = order.data;
  const chosen = results.data?.items.find((r) => r.position === selected) ?? null;

  async function exportCsv() {
    setExportNote("Preparing the CSV…");
    try {
      const rows = await exportResultsCsv(path, `order-${orderId}.csv`);
      setExportNote(`Exported ${rows} results to order-${orderId}.csv.`);
    } catch (e) {
      setExportNote(null);
      setActionError(e);
    }
  }

  async function cancel() {
    try {
      await api("POST", `${path}/cancel`);
      order.reload();
    } catch (e) {
      setActionError(e);
    }
  }

  return (
    <>
      <PageTitle>Order {o?.title ?? orderId}</PageTitle>
      <ErrorNote error={order.error} />
      <Loading when={order.loading && !o} />
      {o && (
        <section aria-labelledby="order-status">
          <h2 id="order-status">Status</h2>
          <dl className="facts">
            <dt>Status</dt>
            <dd>
              <StatusBadge status={o.status} /> <span aria-live="polite">{o.message}</span>
            </dd>
            <dt>Type</dt>
            <dd>{o.order_type}</dd>
            <dt>Progress</dt>
            <dd>
              <ProgressBar progress={o.progress} label="Order progress" />
              <span className="muted">
                {" "}
                {o.progress.succeeded} enriched, {o.progress.not_found} not found, {o.progress.excluded} excluded, {o.progress.failed} failed
              </span>
            </dd>
            <dt>Estimated cost</dt>
            <dd>{orDash(o.estimated_cost)}</dd>
            <dt>Prospect search</dt>
            <dd>{o.profile_id ? <a href={`#/searches/${o.profile_id}`}>{o.profile_id}</a> : "—"}</dd>
            <dt>Created</dt>
            <dd>{formatDate(o.created_at)}</dd>
          </dl>
          <div className="actions">
            <button type="button" onClick={exportCsv} disabled={!results.data || results.data.total === 0}>
              Export results as CSV
            </button>
            {ACTIVE.has(o.status) && (
              <button type="button" className="danger" onClick={cancel}>
                Cancel order
              </button>
            )}
          </div>
          {exportNote && <Notice>{exportNote}</Notice>}
          <ErrorNote error={actionError} />
        </section>
      )}
      <section aria-labelledby="order-results">
        <h2 id="order-results">Results</h2>
        <ErrorNote error={results.error} />
        {results.data && results.data.items.length === 0 && <p>No results yet.</p>}
        {results.data && results.data.items.length > 0 && (
          <TableWrap label="Order results">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Company</th>
                <th scope="col">Status</th>
                <th scope="col">Match score</th>
                <th scope="col">Prospects</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {results.data.items.map((r) => (
                <tr key={r.position} aria-selected={r.position === selected}>
                  <td>{r.position + 1}</td>
                  <td>{r.company?.legal_name ?? r.company?.name ?? r.input.company_name ?? r.input.website_url}</td>
                  <td>
                    <StatusBadge status={r.status} />
                    {r.reason && <span className="muted"> {r.reason}</span>}
                  </td>
                  <td>{orDash(r.match_score)}</td>
                  <td>{r.prospects.length}</td>
                  <td>
                    <button type="button" onClick={() => setSelected(r.position === selected ? null : r.position)} aria-expanded={r.position === selected}>
                      {r.position === selected ? "Hide" : "Open"} result {r.position + 1}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </TableWrap>
        )}
        {results.data && <Pager offset={offset} limit={LIMIT} total={results.data.total} onChange={setOffset} />}
      </section>
      {chosen && <ResultDetail result={chosen} />}
    </>
  );
}
