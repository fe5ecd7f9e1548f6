import type { PageKind } from "./page-kinds.ts";

export interface QueuedPage {
  url: string;
  key: string;
  depth: number;
  kind: PageKind | "job_detail" | null;
  score: number;
  order: number;
  linkBase?: string;
}

/** Pages waiting to be fetched, best score first, then discovery order; each page key at most once. */
export class CrawlQueue {
  private readonly waiting: QueuedPage[] = [];
  private readonly known = new Set<string>();
  private readonly knownKinds = new Set<string>();
  private counter = 0;

  /** Remember a key as handled (fetched, or reached through a redirect) without queueing it. */
  markKnown(key: string): void {
    this.known.add(key);
  }

  push(page: Omit<QueuedPage, "order">): void {
    if (page.kind) this.knownKinds.add(page.kind);
    if (this.known.has(page.key)) {
      this.raise(page);
      return;
    }
    this.known.add(page.key);
    this.waiting.push({ ...page, order: this.counter++ });
  }

  pop(): QueuedPage | undefined {
    if (this.waiting.length === 0) return undefined;
    let best = 0;
    for (let i = 1; i < this.waiting.length; i++) {
      const a = this.waiting[i];
      const b = this.waiting[best];
      if (a.score > b.score || (a.score === b.score && a.order < b.order)) best = i;
    }
    return this.waiting.splice(best, 1)[0];
  }

  /** True when the key was queued or handled before. */
  has(key: string): boolean {
    return this.known.has(key);
  }

  /** Page kinds known so far, queued or fetched. */
  kinds(): Set<string> {
    return new Set([...this.knownKinds]);
  }

  get size(): number {
    return this.waiting.length;
  }

  /** A page found again through a better link (e.g. labelled "Impressum" in the footer) moves up. */
  private raise(page: Omit<QueuedPage, "order">): void {
    const queued = this.waiting.find((w) => w.key === page.key);
    if (queued && page.score > queued.score) {
      queued.score = page.score;
      queued.kind = page.kind;
      queued.depth = Math.min(queued.depth, page.depth);
    }
  }
}
