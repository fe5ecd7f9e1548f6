import { api, type Page } from "../api.ts";
import { useResource } from "../hooks.ts";
import type { ProspectSearch } from "../types.ts";
import { ErrorNote } from "../ui.tsx";

/** A labelled select of the organization's prospect searches; pages keep the choice in the URL. */
export function SearchPicker({ value, onChange }: { value: string | null; onChange: (id: string) => void }) {
  const searches = useResource(() => api<Page<ProspectSearch>>("GET", "/api/v1/prospect-searches", { query: { limit: 100 } }), []);
  return (
    <div>
      <ErrorNote error={searches.error} />
      <label htmlFor="search-picker">Prospect search</label>
      <select id="search-picker" value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
        <option value="" disabled>
          Choose a search
        </option>
        {searches.data?.items.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {searches.data && searches.data.items.length === 0 && <p>No prospect searches yet: an order creates one.</p>}
    </div>
  );
}
