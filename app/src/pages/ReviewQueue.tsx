import { useState } from "react";
import { api, type Page } from "../api.ts";
import { useResource } from "../hooks.ts";
import type { Order } from "../types.ts";
import { formatDate } from "../format.ts";
import { ErrorNote, Loading, Notice, PageTitle, ProgressBar, StatusBadge, TableWrap } from "../ui.tsx";

const ACTIVE = new Set(["ACCEPTED", "IN_PROGRESS"]);

/** Orders waiting for an operator: accept with an estimated cost, or reject with a message. */
export function ReviewQueue() {
  const [status, setStatus] = useState("RECEIVED");
  const orders = useResource(() => api<Page<Order>>("GET", "/api/admin/v1/orders", { query: { status: status || undefined, limit: 100 } }), [status], {
    ms: 2000,
    while: (page) => page.items.some((o) => ACTIVE.has(o.status)),
  });
  const [note, setNote] = useState<string | null>(null);

  return (
    <>
      <PageTitle>Review queue</PageTitle>
      <label htmlFor="queue-status">Orders with status</label>
      <select id="queue-status" value={status} onChange={(e) => setStatus(e.target.value)}>
        {["RECEIVED", "ACCEPTED", "IN_PROGRESS", "COMPLETED", "REJECTED", "CANCELLED", "FAILED"].map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
        <option value="">All</option>
      </select>
      {note && <Notice>{note}</Notice>}
      <ErrorNote error={orders.error} />
      <Loading when={orders.loading && !orders.data} />
      {orders.data && orders.data.items.length === 0 && <p>No orders with this status.</p>}
      {orders.data && orders.data.items.length > 0 && (
        <TableWrap label="Orders">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Organization</th>
              <th scope="col">Companies</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
              <th scope="col">Decision</th>
            </tr>
          </thead>
          <tbody>
            {orders.data.items.map((o) => (
              <tr key={o.order_id}>
                <td>
                  {o.title ?? o.order_id}
                  <br />
                  <span className="muted">
                    {o.order_type}
                    {o.test_mode ? " · test mode" : ""}
                  </span>
                </td>
                <td>{o.organization_name}</td>
                <td>{o.order_type === "DISCOVERY" ? `${o.briefing_quantity} wanted` : o.company_count}</td>
                <td>
                  <StatusBadge status={o.status} />
                  {o.status !== "RECEIVED" && <ProgressBar progress={o.progress} label={`Progress of ${o.title ?? o.order_id}`} />}
                </td>
                <td>{formatDate(o.created_at)}</td>
                <td>{o.status === "RECEIVED" ? <Decide order={o} onDone={(text) => { setNote(text); orders.reload(); }} /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
    </>
  );
}

function Decide({ order, onDone }: { order: Order; onDone: (note: string) => void }) {
  const [cost, setCost] = useState(order.estimated_cost === null ? "" : String(order.estimated_cost));
  const [message, setMessage] = useState("");
  const [error, setError] = useState<unknown>(null);
  const name = order.title ?? order.order_id;
  const base = `/api/admin/v1/orders/${order.order_id}`;

  async function accept() {
    setError(null);
    try {
      await api("POST", `${base}/accept`, { body: { estimated_cost: cost.trim() === "" ? null : Number(cost) } });
      onDone(`Accepted ${name}.`);
    } catch (e) {
      setError(e);
    }
  }

  async function reject() {
    setError(null);
    try {
      await api("POST", `${base}/reject`, { body: { message: message.trim() } });
      onDone(`Rejected ${name}.`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="decide">
      <label htmlFor={`cost-${order.order_id}`}>Estimated cost for {name}</label>
      <input id={`cost-${order.order_id}`} type="number" min={0} step="0.01" value={cost} onChange={(e) => setCost(e.target.value)} />
      <button type="button" onClick={accept}>
        Accept <span className="visually-hidden">{name}</span>
      </button>
      <label htmlFor={`msg-${order.order_id}`}>Message to the client if rejected</label>
      <input id={`msg-${order.order_id}`} value={message} maxLength={2000} onChange={(e) => setMessage(e.target.value)} />
      <button type="button" className="danger" onClick={reject} disabled={!message.trim()}>
        Reject <span className="visually-hidden">{name}</span>
      </button>
      <ErrorNote error={error} />
    </div>
  );
}
