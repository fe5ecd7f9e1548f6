import { useState, type FormEvent } from "react";
import { api, type Page } from "../api.ts";
import { useResource } from "../hooks.ts";
import type { ApiKey, Organization } from "../types.ts";
import { formatDate } from "../format.ts";
import { ErrorNote, Notice, PageTitle, StatusBadge, TableWrap } from "../ui.tsx";

const PRESETS = ["full_access", "orders", "read_only", "discovery_partner"] as const;

/** An organization's settings and API keys: a new key's secret is shown once, keys can be revoked. */
export function OrganizationDetail({ orgId }: { orgId: string }) {
  const base = `/api/admin/v1/organizations/${encodeURIComponent(orgId)}`;
  const org = useResource(() => api<Organization>("GET", base), [orgId]);
  const keys = useResource(() => api<Page<ApiKey>>("GET", `${base}/api-keys`, { query: { limit: 100 } }), [orgId]);
  const [keyName, setKeyName] = useState("");
  const [preset, setPreset] = useState<string>("full_access");
  const [testMode, setTestMode] = useState(false);
  const [newKey, setNewKey] = useState<ApiKey | null>(null);
  const [autoAccept, setAutoAccept] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function createKey(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const created = await api<ApiKey>("POST", `${base}/api-keys`, { body: { name: keyName.trim(), preset, test: testMode } });
      setNewKey(created);
      setKeyName("");
      keys.reload();
    } catch (e) {
      setError(e);
    }
  }

  async function revoke(key: ApiKey) {
    if (!window.confirm(`Revoke the key ${key.name} (${key.prefix}…)? Clients using it stop working at once.`)) return;
    setError(null);
    try {
      await api("DELETE", `/api/admin/v1/api-keys/${key.id}`);
      setNote(`Revoked ${key.name}.`);
      keys.reload();
    } catch (e) {
      setError(e);
    }
  }

  async function saveSettings(event: FormEvent) {
    event.preventDefault();
    if (autoAccept === null) return;
    setError(null);
    try {
      await api("PATCH", base, { body: { auto_accept_max_companies: Number(autoAccept) } });
      setNote("Settings saved.");
      setAutoAccept(null);
      org.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <PageTitle>Organization {org.data?.name ?? ""}</PageTitle>
      <ErrorNote error={org.error ?? keys.error} />
      {note && <Notice>{note}</Notice>}
      {org.data && (
        <form onSubmit={saveSettings} aria-labelledby="settings-h">
          <h2 id="settings-h">Settings</h2>
          <p>
            Rate-limit tier {org.data.rate_limit_tier}
            {org.data.rate_limit_per_hour ? ` (${org.data.rate_limit_per_hour} requests/hour)` : ""}.
          </p>
          <label htmlFor="auto-accept">Orders up to this many companies are accepted without review</label>
          <input id="auto-accept" type="number" min={0} value={autoAccept ?? String(org.data.auto_accept_max_companies)} onChange={(e) => setAutoAccept(e.target.value)} />
          <button type="submit" disabled={autoAccept === null}>
            Save settings
          </button>
        </form>
      )}
      <section aria-labelledby="keys-h">
        <h2 id="keys-h">API keys</h2>
        {keys.data && keys.data.items.length === 0 && <p>No keys yet.</p>}
        {keys.data && keys.data.items.length > 0 && (
          <TableWrap label="API keys">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Prefix</th>
                <th scope="col">Mode</th>
                <th scope="col">Preset</th>
                <th scope="col">Last used</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {keys.data.items.map((k) => (
                <tr key={k.id}>
                  <td>{k.name}</td>
                  <td>
                    <code>{k.prefix}…</code>
                  </td>
                  <td>{k.mode}</td>
                  <td>{k.preset}</td>
                  <td>{formatDate(k.last_used_at)}</td>
                  <td>
                    {k.revoked_at ? (
                      <StatusBadge status="revoked" />
                    ) : (
                      <button type="button" className="danger" onClick={() => revoke(k)}>
                        Revoke <span className="visually-hidden">{k.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableWrap>
        )}
        <form onSubmit={createKey} aria-labelledby="new-key-h">
          <h3 id="new-key-h">New API key</h3>
          <label htmlFor="key-name">Name</label>
          <input id="key-name" required maxLength={200} value={keyName} onChange={(e) => setKeyName(e.target.value)} />
          <label htmlFor="key-preset">Scopes</label>
          <select id="key-preset" value={preset} onChange={(e) => setPreset(e.target.value)}>
            {PRESETS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
          <div className="check">
            <input id="key-test" type="checkbox" checked={testMode} onChange={(e) => setTestMode(e.target.checked)} />
            <label htmlFor="key-test">Test-mode key (no real crawling)</label>
          </div>
          <button type="submit" disabled={!keyName.trim()}>
            Create key
          </button>
        </form>
        {newKey?.key && (
          <div role="status" className="notice">
            <p>
              New key <strong>{newKey.name}</strong> — shown once, copy it now:
            </p>
            <code className="secret" data-testid="new-key">
              {newKey.key}
            </code>
            <p>
              <button type="button" onClick={() => setNewKey(null)}>
                I have copied it
              </button>
            </p>
          </div>
        )}
        <ErrorNote error={error} />
      </section>
    </>
  );
}
