import { useState } from "react";
import { api, type Page } from "../api.ts";
import { useResource } from "../hooks.ts";
import type { Order } from "../types.ts";
import { formatDate } from "../format.ts";
import { ErrorNote, Loading, PageTitle, Pager, ProgressBar, StatusBadge, TableWrap } from "../ui.tsx";

const LIMIT = 25;
const ACTIVE = new Set(["RECEIVED", "ACCEPTED", "IN_PROGRESS"]);

/** The organization's orders; the list polls every 2 s while any of them is still running. */
export function OrdersList() {
  const [offset, setOffset] = useState(0);
  const orders = useResource(() => api<Page<Order>>("GET", "/api/v1/orders", { query: { limit: LIMIT, offset } }), [offset], {
    ms: 2000,
    while: (page) => page.items.some((o) => ACTIVE.has(o.status)),
  });
  return (
    <>
      <PageTitle>Orders</PageTitle>
      <p>
        <a className="button" href="#/orders/new">
          New order from CSV
        </a>
      </p>
      <ErrorNote error={orders.error} />
      <Loading when={orders.loading && !orders.data} />
      {orders.data && orders.data.items.length === 0 && <p>No orders yet.</p>}
      {orders.data && orders.data.items.length > 0 && (
        <TableWrap label="Orders">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Progress</th>
              <th scope="col">Companies</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {orders.data.items.map((o) => (
              <tr key={o.order_id}>
                <td>
                  <a href={`#/orders/${o.order_id}`}>{o.title ?? o.order_id}</a>
                </td>
                <td>{o.order_type}</td>
                <td>
                  <StatusBadge status={o.status} />
                </td>
                <td>
                  <ProgressBar progress={o.progress} label={`Progress of ${o.title ?? o.order_id}`} />
                </td>
                <td>{o.company_count}</td>
                <td>{formatDate(o.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
      {orders.data && <Pager offset={offset} limit={LIMIT} total={orders.data.total} onChange={setOffset} />}
    </>
  );
}
