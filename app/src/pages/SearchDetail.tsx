import { useState, type FormEvent } from "react";
import { api, ApiError, type Page } from "../api.ts";
import { useResource } from "../hooks.ts";
import type { Blacklist, IcpReading, ProspectSearch } from "../types.ts";
import { ErrorNote, Loading, Notice, PageTitle } from "../ui.tsx";

const list = (text: string) => text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);

interface Draft {
  name: string;
  ideal_customer_profile: string;
  target_countries: string;
  target_cities: string;
  target_industries: string;
  excluded_industries: string;
  contact_roles: string;
}

function draftOf(s: ProspectSearch): Draft {
  return {
    name: s.name,
    ideal_customer_profile: s.ideal_customer_profile,
    target_countries: s.target_countries.join(", "),
    target_cities: s.target_cities.join(", "),
    target_industries: s.target_industries.join(", "),
    excluded_industries: s.excluded_industries.join(", "),
    contact_roles: s.contact_roles.join(", "),
  };
}

/** A search's ICP and how the server read it; edits carry the version read, a 409 keeps the draft. */
export function SearchDetail({ searchId }: { searchId: string }) {
  const path = `/api/v1/prospect-searches/${encodeURIComponent(searchId)}`;
  const search = useResource(() => api<ProspectSearch>("GET", path), [searchId]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const s = search.data;

  function startEdit() {
    if (!s) return;
    setDraft(draftOf(s));
    setBaseVersion(s.version);
    setConflict(false);
    setSaved(null);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft || baseVersion === null) return;
    setError(null);
    try {
      const updated = await api<ProspectSearch>("PATCH", path, {
        body: {
          version: baseVersion,
          name: draft.name,
          ideal_customer_profile: draft.ideal_customer_profile,
          target_countries: list(draft.target_countries).map((c) => c.toUpperCase()),
          target_cities: list(draft.target_cities),
          target_industries: list(draft.target_industries),
          excluded_industries: list(draft.excluded_industries),
          contact_roles: list(draft.contact_roles),
        },
      });
      setDraft(null);
      setSaved(`Saved as version ${updated.version}.`);
      search.reload();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setConflict(true);
        search.reload();
      } else setError(e);
    }
  }

  return (
    <>
      <PageTitle>Prospect search {s?.name ?? ""}</PageTitle>
      <ErrorNote error={search.error} />
      <Loading when={search.loading && !s} />
      {saved && <Notice>{saved}</Notice>}
      {s && !draft && (
        <>
          <section aria-labelledby="icp-h">
            <h2 id="icp-h">Ideal customer profile (version {s.version})</h2>
            <p className="prewrap">{s.ideal_customer_profile || "No ICP text yet."}</p>
            <button type="button" onClick={startEdit}>
              Edit
            </button>
          </section>
          <Reading reading={s.icp_reading} />
          <section aria-labelledby="crit-h">
            <h2 id="crit-h">Qualification criteria</h2>
            {s.qualification_criteria.length === 0 ? (
              <p>None.</p>
            ) : (
              <ul>
                {s.qualification_criteria.map((c) => (
                  <li key={c.id}>
                    {c.criterion} ({c.type}, weight {c.weight}){c.values.length > 0 && `: ${c.values.join(", ")}`}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <AssignedBlacklists searchId={searchId} />
          <p>
            <a href={`#/inbox?search=${s.id}`}>Lead inbox of this search</a> · <a href={`#/deliveries?search=${s.id}`}>Deliveries</a>
          </p>
        </>
      )}
      {draft && (
        <form onSubmit={save}>
          {conflict && s && (
            <div role="alert" className="error">
              Someone saved this search since you opened it (now version {s.version}). Your edits are kept below; saving again overwrites
              version {s.version}, or <button type="button" onClick={startEdit}>discard my edits and load version {s.version}</button>.
            </div>
          )}
          <label htmlFor="ps-name">Name</label>
          <input id="ps-name" required maxLength={200} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          <label htmlFor="ps-icp">Ideal customer profile</label>
          <textarea id="ps-icp" rows={5} maxLength={5000} value={draft.ideal_customer_profile} onChange={(e) => setDraft({ ...draft, ideal_customer_profile: e.target.value })} />
          {(
            [
              ["target_countries", "Target countries (ISO codes, comma-separated)"],
              ["target_cities", "Target cities"],
              ["target_industries", "Target industries"],
              ["excluded_industries", "Excluded industries"],
              ["contact_roles", "Contact roles"],
            ] as const
          ).map(([field, label]) => (
            <div key={field}>
              <label htmlFor={`ps-${field}`}>{label}</label>
              <input id={`ps-${field}`} value={draft[field]} onChange={(e) => setDraft({ ...draft, [field]: e.target.value })} />
            </div>
          ))}
          <div className="actions">
            <button type="submit" onClick={() => conflict && s && setBaseVersion(s.version)}>
              {conflict ? "Save over the newer version" : "Save"}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
          <ErrorNote error={error} />
        </form>
      )}
    </>
  );
}

function Reading({ reading }: { reading: IcpReading | null }) {
  return (
    <section aria-labelledby="reading-h">
      <h2 id="reading-h">How the ICP was read</h2>
      {!reading ? (
        <p>The ICP has not been read into structured terms.</p>
      ) : (
        <dl className="facts">
          <dt>Industries</dt>
          <dd>{reading.industries.include.join(", ") || "—"}</dd>
          <dt>Excluded industries</dt>
          <dd>{reading.industries.exclude.join(", ") || "—"}</dd>
          <dt>Countries</dt>
          <dd>{reading.countries.join(", ") || "—"}</dd>
          <dt>Excluded countries</dt>
          <dd>{reading.excluded_countries.join(", ") || "—"}</dd>
          <dt>Regions</dt>
          <dd>{reading.regions.map((r) => `${r.name} (${r.country})`).join(", ") || "—"}</dd>
          <dt>Cities</dt>
          <dd>{reading.cities.join(", ") || "—"}</dd>
          <dt>Postal codes</dt>
          <dd>{reading.postal_code_prefixes.join(", ") || "—"}</dd>
          <dt>Size</dt>
          <dd>{reading.size ? `${reading.size.min ?? "?"}–${reading.size.max ?? "?"} employees (“${reading.size.text}”)` : "—"}</dd>
        </dl>
      )}
    </section>
  );
}

/** The blacklists applied to this search's orders, set as a whole (PUT replaces the set). */
function AssignedBlacklists({ searchId }: { searchId: string }) {
  const path = `/api/v1/prospect-searches/${encodeURIComponent(searchId)}/blacklists`;
  const all = useResource(() => api<Page<Blacklist>>("GET", "/api/v1/blacklists", { query: { limit: 100 } }), []);
  const assigned = useResource(() => api<{ items: Blacklist[] } | Blacklist[]>("GET", path), [searchId]);
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const current = new Set((Array.isArray(assigned.data) ? assigned.data : (assigned.data?.items ?? [])).map((b) => b.id));
  const selection = chosen ?? current;

  async function save() {
    setError(null);
    try {
      await api("PUT", path, { body: { blacklist_ids: [...selection] } });
      setNote(`${selection.size} blacklists assigned.`);
      setChosen(null);
      assigned.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="bl-h">
      <h2 id="bl-h">Assigned blacklists</h2>
      <ErrorNote error={all.error ?? assigned.error} />
      {all.data && all.data.items.length === 0 && (
        <p>
          No blacklists yet. <a href="#/blacklists">Create one</a>.
        </p>
      )}
      {all.data && all.data.items.length > 0 && (
        <fieldset>
          <legend>Companies on these lists are excluded from this search's orders</legend>
          {all.data.items.map((b) => (
            <div key={b.id} className="check">
              <input
                type="checkbox"
                id={`assign-${b.id}`}
                checked={selection.has(b.id)}
                onChange={(e) => {
                  const next = new Set(selection);
                  if (e.target.checked) next.add(b.id);
                  else next.delete(b.id);
                  setChosen(next);
                }}
              />
              <label htmlFor={`assign-${b.id}`}>
                {b.name} ({b.entry_count} entries)
              </label>
            </div>
          ))}
          <button type="button" onClick={save} disabled={chosen === null}>
            Save assignment
          </button>
        </fieldset>
      )}
      {note && <Notice>{note}</Notice>}
      <ErrorNote error={error} />
    </section>
  );
}
