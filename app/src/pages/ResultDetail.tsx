import type { Company, Criterion, FieldSource, OrderResult } from "../types.ts";
import { formatDate, orDash } from "../format.ts";
import { SourceOf, StatusBadge, TableWrap } from "../ui.tsx";

/** The company fields shown, each with the key its provenance is stored under in `sources`. */
const FIELDS: { label: string; value: (c: Company) => unknown; source: string[] }[] = [
  { label: "Name", value: (c) => c.name, source: ["name"] },
  { label: "Legal name", value: (c) => c.legal_name, source: ["legal_name"] },
  { label: "Legal form", value: (c) => c.legal_form, source: ["legal_form", "legal_name"] },
  { label: "Website", value: (c) => c.website, source: ["website", "domain"] },
  { label: "Address", value: (c) => [c.address?.street, c.address?.postal_code, c.address?.city, c.address?.country].filter(Boolean).join(", "), source: ["address", "street", "city"] },
  { label: "Phone", value: (c) => c.phone, source: ["phone", "phones"] },
  { label: "E-mail", value: (c) => c.email, source: ["email", "emails"] },
  { label: "Register", value: (c) => [c.registration?.court, c.registration?.number].filter(Boolean).join(" "), source: ["registration.number", "registration", "register_number"] },
  { label: "VAT ID", value: (c) => c.registration?.vat_id, source: ["registration.vat_id", "vat_id"] },
  { label: "Founded", value: (c) => c.founded_year, source: ["founded_year"] },
  { label: "Industry", value: (c) => c.industry?.label ?? c.industry?.name ?? c.industry?.code, source: ["industry"] },
  { label: "Description", value: (c) => c.description, source: ["description"] },
];

function sourceFor(sources: Record<string, FieldSource>, keys: string[]): FieldSource | undefined {
  for (const key of keys) if (sources[key]) return sources[key];
  return undefined;
}

export function ResultDetail({ result }: { result: OrderResult }) {
  const c = result.company;
  const explanation = (result.match_explanation.length ? result.match_explanation : (c?.match_explanation ?? [])) as Criterion[];
  return (
    <section aria-labelledby="result-title" className="result">
      <h2 id="result-title">
        Result {result.position + 1}: {c?.legal_name ?? c?.name ?? result.input.company_name ?? result.input.website_url}
      </h2>
      <p>
        <StatusBadge status={result.status} /> {result.reason}
        {result.source_id && <span className="muted"> · your id {result.source_id}</span>}
      </p>
      {c && (
        <>
          <h3>Company</h3>
          <dl className="facts">
            {FIELDS.map((f) => {
              const value = f.value(c);
              if (value === null || value === undefined || value === "") return null;
              return (
                <div key={f.label} className="fact">
                  <dt>{f.label}</dt>
                  <dd>
                    {String(value)} <SourceOf field={f.label} source={sourceFor(c.sources, f.source)} />
                  </dd>
                </div>
              );
            })}
          </dl>
          <details>
            <summary>Every recorded source ({Object.keys(c.sources).length})</summary>
            <ul>
              {Object.entries(c.sources).map(([field, s]) => (
                <li key={field}>
                  <code>{field}</code>: <a href={s.url}>{s.url}</a> — {s.method}, seen {formatDate(s.observed_at)}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      <h3>Match score: {orDash(result.match_score)}</h3>
      {explanation.length === 0 ? (
        <p>No per-criterion explanation was recorded for this result.</p>
      ) : (
        <TableWrap label="Match score explanation">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Matched</th>
              <th scope="col">Weight</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {explanation.map((e, i) => (
              <tr key={i}>
                <td>{e.criterion}</td>
                <td>{e.matched === null ? "unknown" : e.matched ? "yes" : "no"}</td>
                <td>{e.weight}</td>
                <td>{e.evidence}</td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
      <h3>Prospects ({result.prospects.length})</h3>
      {result.prospects.length > 0 && (
        <TableWrap label="Prospects">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Title</th>
              <th scope="col">E-mail</th>
              <th scope="col">Phone</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {result.prospects.map((p) => (
              <tr key={p.id}>
                <td>{p.full_name}</td>
                <td>{orDash(p.title)}</td>
                <td>
                  {orDash(p.email)} {p.email_status && <span className="muted">({p.email_status})</span>}
                </td>
                <td>{orDash(p.phone)}</td>
                <td>
                  <SourceOf field={`${p.full_name}`} source={p.sources.full_name ?? Object.values(p.sources)[0]} />
                </td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
      <h3>Jobs ({result.jobs?.length ?? 0})</h3>
      {result.jobs && result.jobs.length > 0 && (
        <ul>
          {result.jobs.map((j) => (
            <li key={j.id}>
              {j.url ? <a href={j.url}>{j.title}</a> : j.title} {j.location && `· ${j.location}`} · {j.status} ·{" "}
              <span className="muted">
                read from {j.source}, last seen {formatDate(j.last_seen_at)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>Technologies ({result.technologies?.length ?? 0})</h3>
      {result.technologies && result.technologies.length > 0 && (
        <ul>
          {result.technologies.map((t) => (
            <li key={t.id}>
              {t.name}
              {t.version && ` ${t.version}`} <span className="muted">({t.categories.join(", ")})</span>
              {t.evidence.length > 0 && (
                <details className="source">
                  <summary aria-label={`Source of ${t.name}`}>source</summary>
                  <ul>
                    {t.evidence.slice(0, 5).map((e, i) => (
                      <li key={i}>
                        <a href={e.url}>{e.url}</a> — {e.type}: <code>{e.value}</code>
                      </li>
                    ))}
                  </ul>
                  <p>Last detected {formatDate(t.last_detected_at)}</p>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
