import { setTimeout as sleep } from "node:timers/promises";
import type { PolitenessPort } from "./types.ts";

/**
 * Single-process politeness: each caller reserves the next free slot of a host before sleeping,
 * so concurrent callers queue up instead of all waking at once.
 */
export class InMemoryPoliteness implements PolitenessPort {
  private readonly nextFreeAt = new Map<string, number>();

  async waitTurn(host: string, minDelayMs: number): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextFreeAt.get(host) ?? 0);
    this.nextFreeAt.set(host, slot + Math.max(0, minDelayMs));
    if (slot > now) await sleep(slot - now);
  }
}
