import { useEffect, useRef, type ReactNode } from "react";
import { ApiError } from "./api.ts";
import type { FieldSource, Progress } from "./types.ts";
import { formatDate, percent } from "./format.ts";

/** Each page has one h1, focused on arrival so keyboard and screen-reader users start at the top. */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const e = error as Error;
  return (
    <div role="alert" className="error">
      <strong>{e instanceof ApiError ? `${e.status}${e.code ? ` ${e.code}` : ""}: ` : ""}</strong>
      {e.message}
      {e instanceof ApiError && e.fieldErrors.length > 0 && (
        <ul>
          {e.fieldErrors.slice(0, 20).map((f, i) => (
            <li key={i}>
              <code>{f.field}</code>: {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="notice">
      {children}
    </p>
  );
}

export function Loading({ when }: { when: boolean }) {
  return when ? <p aria-live="polite">Loading…</p> : null;
}

/** A wide table scrolls inside its own focusable region on a phone instead of widening the page. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{label}</caption>
        {children}
      </table>
    </div>
  );
}

export function Pager({ offset, limit, total, onChange }: { offset: number; limit: number; total: number; onChange: (offset: number) => void }) {
  if (total <= limit) return null;
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        Previous
      </button>
      <span>
        {offset + 1}–{Math.min(offset + limit, total)} of {total}
      </span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
        Next
      </button>
    </nav>
  );
}

export function ProgressBar({ progress, label }: { progress: Progress; label: string }) {
  const done = percent(progress.processed, progress.total);
  return (
    <div className="progress">
      <progress max={100} value={done} aria-label={label} />
      <span>
        {progress.processed}/{progress.total} ({done}%)
      </span>
    </div>
  );
}

/** Where a value came from, one click away: the page, how it was read, when it was last seen. */
export function SourceOf({ source, field }: { source: FieldSource | undefined; field: string }) {
  if (!source) return <span className="muted"> (no source recorded)</span>;
  return (
    <details className="source">
      <summary aria-label={`Source of ${field}`}>source</summary>
      <dl>
        <dt>Page</dt>
        <dd>
          <a href={source.url} target="_blank" rel="noreferrer noopener">
            {source.url}
          </a>
        </dd>
        <dt>Method</dt>
        <dd>{source.method}</dd>
        <dt>Seen</dt>
        <dd>{formatDate(source.observed_at)}</dd>
        {source.confidence !== undefined && (
          <>
            <dt>Confidence</dt>
            <dd>{source.confidence}</dd>
          </>
        )}
      </dl>
    </details>
  );
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status.toLowerCase()}`}>{status}</span>;
}
