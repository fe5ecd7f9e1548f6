import { useState, type FormEvent } from "react";
import { api, type Page } from "../api.ts";
import { useResource } from "../hooks.ts";
import { navigate, queryParam } from "../router.ts";
import type { DeliveryEvent, Destination } from "../types.ts";
import { formatDate } from "../format.ts";
import { ErrorNote, Notice, PageTitle, StatusBadge, TableWrap } from "../ui.tsx";
import { SearchPicker } from "./SearchPicker.tsx";

/** A search's webhook destinations (secret shown once), each destination's delivery log and replay. */
export function Deliveries({ path }: { path: string }) {
  const searchId = queryParam(path, "search");
  const base = searchId ? `/api/v1/deliveries/${encodeURIComponent(searchId)}/destinations` : null;
  const destinations = useResource(() => (base ? api<Page<Destination>>("GET", base) : Promise.resolve(null)), [base]);
  const [url, setUrl] = useState("");
  const [token, setToken] = useState("");
  const [secret, setSecret] = useState<string | null>(null);
  const [logOf, setLogOf] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!base) return;
    setError(null);
    try {
      const created = await api<Destination & { signing_secret: string }>("POST", base, {
        body: { type: "webhook", url: url.trim(), ...(token ? { auth_type: "bearer", auth_token: token } : { auth_type: "none" }) },
      });
      setSecret(created.signing_secret);
      setUrl("");
      setToken("");
      destinations.reload();
    } catch (e) {
      setError(e);
    }
  }

  async function act(method: string, target: string) {
    setError(null);
    try {
      await api(method, target);
      destinations.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <PageTitle>Deliveries</PageTitle>
      <SearchPicker value={searchId} onChange={(id) => navigate(`/deliveries?search=${id}`)} />
      {searchId && (
        <p>
          Pull feed for CRM sync: <code>GET /api/v1/deliveries/{searchId}/companies</code>
        </p>
      )}
      <ErrorNote error={destinations.error ?? error} />
      {destinations.data && (
        <section aria-labelledby="dest-h">
          <h2 id="dest-h">Webhook destinations</h2>
          {destinations.data.items.length === 0 && <p>No webhook destinations.</p>}
          {destinations.data.items.length > 0 && (
            <TableWrap label="Webhook destinations">
              <thead>
                <tr>
                  <th scope="col">URL</th>
                  <th scope="col">Status</th>
                  <th scope="col">Failures in a row</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {destinations.data.items.map((d) => (
                  <tr key={d.id}>
                    <td>{d.url}</td>
                    <td>
                      <StatusBadge status={d.status} />
                    </td>
                    <td>{d.consecutive_failures}</td>
                    <td className="actions">
                      <button type="button" onClick={() => setLogOf(logOf === d.id ? null : d.id)} aria-expanded={logOf === d.id}>
                        Delivery log <span className="visually-hidden">of {d.url}</span>
                      </button>
                      {d.status === "paused" && (
                        <button type="button" onClick={() => act("POST", `${base}/${d.id}/resume`)}>
                          Resume
                        </button>
                      )}
                      <button type="button" className="danger" onClick={() => act("DELETE", `${base}/${d.id}`)}>
                        Delete <span className="visually-hidden">{d.url}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableWrap>
          )}
          {logOf && base && <DeliveryLog destinationPath={`${base}/${logOf}`} />}
          <form onSubmit={add} aria-labelledby="add-dest-h">
            <h3 id="add-dest-h">Add a webhook destination</h3>
            <label htmlFor="dest-url">URL (https)</label>
            <input id="dest-url" type="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
            <label htmlFor="dest-token">Bearer token sent with each delivery (optional)</label>
            <input id="dest-token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
            <button type="submit">Add destination</button>
          </form>
          {secret && (
            <div role="status" className="notice">
              Signing secret (shown once, copy it now): <code className="secret">{secret}</code>
            </div>
          )}
        </section>
      )}
    </>
  );
}

function DeliveryLog({ destinationPath }: { destinationPath: string }) {
  const events = useResource(() => api<Page<DeliveryEvent>>("GET", `${destinationPath}/events`, { query: { limit: 50 } }), [destinationPath]);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function replay(id: string) {
    setError(null);
    try {
      await api("POST", `${destinationPath}/events/${id}/replay`);
      setNote("The event is queued to be sent again with the same webhook-id.");
      events.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="log-h">
      <h3 id="log-h">Delivery log</h3>
      <ErrorNote error={events.error ?? error} />
      {note && <Notice>{note}</Notice>}
      {events.data && events.data.items.length === 0 && <p>No events yet.</p>}
      {events.data && events.data.items.length > 0 && (
        <TableWrap label="Delivery log">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last attempt</th>
              <th scope="col">Last error</th>
              <th scope="col">Replay</th>
            </tr>
          </thead>
          <tbody>
            {events.data.items.map((e) => (
              <tr key={e.id}>
                <td>{e.event_type}</td>
                <td>
                  <StatusBadge status={e.status} />
                </td>
                <td>{e.attempts}</td>
                <td>{formatDate(e.last_attempt_at)}</td>
                <td>{e.last_error ?? ""}</td>
                <td>
                  <button type="button" onClick={() => replay(e.id)} disabled={e.status === "pending"}>
                    Replay <span className="visually-hidden">event {e.id}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
    </section>
  );
}
