import { Worker } from "node:worker_threads";
import type { PageToLink } from "../crawl/crawl-types.ts";
import type { AnalysisReply, AnalysisRequest, PageLinks, SiteFactsResult } from "./analysis-messages.ts";
import type { SiteFactsInput } from "./site-facts.ts";

const ENTRY = new URL("./analysis-worker-entry.mjs", import.meta.url);

export interface AnalysisPoolOptions {
  /** Worker threads; the process's other work (API, jobs, database) keeps the main thread. */
  threads: number;
  /** Hard limit for one page's link analysis, and for a site's extraction over one page. */
  pageBudgetMs: number;
  /** Hard limit for extracting the facts of one whole site. */
  siteBudgetMs: number;
}

/** A result, or why there is none (over budget, worker crashed); never throws. */
export type Budgeted<T> = { ok: true; value: T } | { ok: false; reason: string };

interface Job {
  request: AnalysisRequest;
  budgetMs: number;
  resolve: (result: Budgeted<unknown>) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer?: NodeJS.Timeout;
}

/**
 * CPU-heavy page analysis on worker threads, each request under a hard time budget: a request over
 * budget ends as a reason, its thread is terminated and replaced. The budget counts from the moment
 * a ready thread takes the request, so queueing and thread start-up (loading tsx) never eat it.
 */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(readonly options: AnalysisPoolOptions) {
    for (let i = 0; i < Math.max(1, options.threads); i++) this.slots.push(this.spawn());
  }

  pageLinks(page: PageToLink): Promise<Budgeted<PageLinks>> {
    return this.run({ task: "pageLinks", input: page }, this.options.pageBudgetMs) as Promise<Budgeted<PageLinks>>;
  }

  siteFacts(input: SiteFactsInput, budgetMs = this.options.siteBudgetMs): Promise<Budgeted<SiteFactsResult>> {
    return this.run({ task: "siteFacts", input }, budgetMs) as Promise<Budgeted<SiteFactsResult>>;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, reason: "analysis pool closed" });
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot, "analysis pool closed")));
  }

  private run(request: AnalysisRequest, budgetMs: number): Promise<Budgeted<unknown>> {
    if (this.closed) return Promise.resolve({ ok: false, reason: "analysis pool closed" });
    return new Promise((resolve) => {
      this.queue.push({ request, budgetMs: Math.max(1, budgetMs), resolve });
      this.dispatch();
    });
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(ENTRY), ready: false, job: null };
    slot.worker.on("message", (message: AnalysisReply | { ready: true }) => {
      if ("ready" in message) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      this.settle(slot, message.ok ? { ok: true, value: message.value } : { ok: false, reason: `analysis failed: ${message.error}` });
      this.dispatch();
    });
    // An out-of-memory or crashed thread fails only its own request; a fresh thread takes its place.
    slot.worker.on("error", (error) => this.replace(slot, `analysis thread crashed: ${error.message}`));
    slot.worker.on("exit", () => this.replace(slot, "analysis thread exited"));
    slot.worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.replace(slot, `over the analysis time budget of ${job.budgetMs} ms`), job.budgetMs);
      slot.worker.postMessage(job.request);
    }
  }

  private settle(slot: Slot, result: Budgeted<unknown>): void {
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    job?.resolve(result);
  }

  private replace(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    if (this.closed) this.slots.splice(index, 1);
    else this.slots[index] = this.spawn();
    void this.retire(slot, reason);
    this.dispatch();
  }

  private async retire(slot: Slot, reason: string): Promise<void> {
    this.settle(slot, { ok: false, reason });
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => undefined);
    await slot.worker.terminate();
  }
}
