import { api, ApiError } from "../api.ts";
import { useResource } from "../hooks.ts";
import { parsePrometheus, sumBy, type Sample } from "../metrics-text.ts";
import { ErrorNote, Loading, PageTitle, TableWrap } from "../ui.tsx";

interface Health {
  status: string;
  [key: string]: unknown;
}

/**
 * The operator's summary, read from /metrics (the operator's Prometheus endpoint) and /health.
 * Webhook health is installation-wide here: the admin API has no per-destination listing, so
 * per-destination status is on each client's Deliveries page.
 */
export function Metrics() {
  const metrics = useResource(() => api<string>("GET", "/metrics", { text: true }).then(parsePrometheus), [], { ms: 5000, while: () => true });
  const health = useResource(() => api<Health>("GET", "/health").catch(healthOfFailure), []);
  const samples = metrics.data ?? [];
  const attempts = sumBy(samples, "openprospect_webhook_attempts", "outcome");
  const attemptTotal = Object.values(attempts).reduce((a, b) => a + b, 0);
  const jobs = samples.filter((s) => s.name === "openprospect_jobs");
  const pages = sumBy(samples, "openprospect_crawl_pages_total", "outcome");
  const processed = sumBy(samples, "openprospect_jobs_processed_total", "outcome");
  const requests = sumBy(samples.filter((s) => s.name === "openprospect_http_request_duration_seconds_count"), "openprospect_http_request_duration_seconds_count", "status");

  return (
    <>
      <PageTitle>Metrics and webhook health</PageTitle>
      <p>
        Service health: <strong>{health.data?.status ?? "…"}</strong>
      </p>
      <ErrorNote error={metrics.error} />
      <Loading when={metrics.loading && !metrics.data} />
      {metrics.data && (
        <>
          <section aria-labelledby="wh-h">
            <h2 id="wh-h">Webhook deliveries (all organizations)</h2>
            {attemptTotal === 0 ? <p>No webhook delivery attempts yet.</p> : <Counts label="Webhook attempts by outcome" counts={attempts} total={attemptTotal} />}
          </section>
          <section aria-labelledby="jobs-h">
            <h2 id="jobs-h">Job queue</h2>
            <JobTable jobs={jobs} />
          </section>
          <section aria-labelledby="proc-h">
            <h2 id="proc-h">This process</h2>
            <div className="grid">
              <Counts label="Jobs run by outcome" counts={processed} />
              <Counts label="Pages crawled by outcome" counts={pages} />
              <Counts label="HTTP requests by status" counts={requests} />
            </div>
          </section>
        </>
      )}
    </>
  );
}

/** /health answers 503 with a body when the database is slow to answer: that is "degraded", not "unavailable". */
function healthOfFailure(error: unknown): Health {
  if (error instanceof ApiError && error.status === 503) return { status: "degraded (the database did not answer in time)" };
  return { status: `unavailable (${(error as Error).message})` };
}

function Counts({ label, counts, total }: { label: string; counts: Record<string, number>; total?: number }) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return (
    <TableWrap label={label}>
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col">Count</th>
          {total !== undefined && <th scope="col">Share</th>}
        </tr>
      </thead>
      <tbody>
        {entries.length === 0 && (
          <tr>
            <td colSpan={total !== undefined ? 3 : 2}>none yet</td>
          </tr>
        )}
        {entries.map(([key, value]) => (
          <tr key={key}>
            <td>{key || "—"}</td>
            <td>{value}</td>
            {total !== undefined && <td>{Math.round((value / total) * 100)}%</td>}
          </tr>
        ))}
      </tbody>
    </TableWrap>
  );
}

function JobTable({ jobs }: { jobs: Sample[] }) {
  const tasks = [...new Set(jobs.map((j) => j.labels.task))].sort();
  const states = [...new Set(jobs.map((j) => j.labels.state))].sort();
  if (!tasks.length) return <p>The queue is empty.</p>;
  return (
    <TableWrap label="Jobs by task and state">
      <thead>
        <tr>
          <th scope="col">Task</th>
          {states.map((s) => (
            <th scope="col" key={s}>
              {s}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tasks.map((t) => (
          <tr key={t}>
            <th scope="row">{t}</th>
            {states.map((s) => (
              <td key={s}>{jobs.filter((j) => j.labels.task === t && j.labels.state === s).reduce((a, j) => a + j.value, 0)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </TableWrap>
  );
}
