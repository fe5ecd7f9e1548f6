import { useState, type FormEvent } from "react";
import { api, ApiError } from "../api.ts";
import { saveSession, type Session } from "../session.ts";
import { ErrorNote } from "../ui.tsx";

/**
 * One field for either kind of key: an organization key answers /api/v1/auth/validate, an operator
 * key answers the admin API. The key is kept in sessionStorage only.
 */
export function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [key, setKey] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await identify(key.trim());
      saveSession(session);
      onSignedIn(session);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="signin">
      <h1>Sign in to OpenProspect</h1>
      <form onSubmit={submit}>
        <label htmlFor="api-key">Organization key or operator key</label>
        <input id="api-key" type="password" autoComplete="off" required value={key} onChange={(e) => setKey(e.target.value)} />
        <p className="hint">The key stays in this browser tab only (session storage) and is removed when you sign out or close the tab.</p>
        <button type="submit" disabled={busy || !key.trim()}>
          {busy ? "Checking…" : "Sign in"}
        </button>
      </form>
      <ErrorNote error={error} />
    </main>
  );
}

async function identify(key: string): Promise<Session> {
  try {
    const answer = await api<{ scopes: string[] }>("GET", "/api/v1/auth/validate", { key });
    return { key, role: "client", scopes: answer.scopes };
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) throw e;
  }
  try {
    await api("GET", "/api/admin/v1/organizations", { key, query: { limit: 1 } });
    return { key, role: "operator", scopes: [] };
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) throw new Error("This key was not accepted as an organization key or an operator key.");
    throw e;
  }
}
