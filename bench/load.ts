import { Pool } from "undici";

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50ms: number;
  p99ms: number;
  errors: number;
}

/** Sends `requests` GETs with `concurrency` in flight over keep-alive connections; bounded by count. */
export async function runLoad(origin: string, path: string, headers: Record<string, string>, requests: number, concurrency: number): Promise<LoadResult> {
  const pool = new Pool(origin, { connections: concurrency, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < requests) {
      next++;
      const t0 = performance.now();
      const response = await pool.request({ method: "GET", path, headers });
      await response.body.text();
      if (response.statusCode !== 200) errors++;
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { requests, seconds, perSecond: requests / seconds, p50ms: at(0.5), p99ms: at(0.99), errors };
}

export function formatRow(label: string, result: LoadResult, baseline?: LoadResult): string {
  const ratio = baseline ? (result.perSecond / baseline.perSecond).toFixed(3) : "1.000";
  return `| ${label} | ${result.perSecond.toFixed(0)} | ${result.p50ms.toFixed(2)} | ${result.p99ms.toFixed(2)} | ${ratio} | ${result.errors} |`;
}
