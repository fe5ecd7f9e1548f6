import { describe, expect, it } from "vitest";
import { DatabaseProbe } from "../database-probe.ts";

/** A ping the test answers by hand, counting how often it was asked. */
function manualPing() {
  const calls: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const ping = () => new Promise<void>((resolve, reject) => calls.push({ resolve, reject }));
  return { ping, calls };
}

describe("DatabaseProbe", () => {
  it("answers from the database when it replies in time", async () => {
    const probe = new DatabaseProbe(async () => undefined, { answerWithinMs: 1_000 });
    await expect(probe.isUp()).resolves.toBe(true);
  });

  it("reports down when the database refuses", async () => {
    const probe = new DatabaseProbe(async () => Promise.reject(new Error("connection refused")), { answerWithinMs: 1_000 });
    await expect(probe.isUp()).resolves.toBe(false);
  });

  it("does not wait behind a busy database: a recent answer stands while the probe is pending", async () => {
    let now = 0;
    const { ping, calls } = manualPing();
    const probe = new DatabaseProbe(ping, { answerWithinMs: 5, trustAnswerForMs: 30_000, now: () => now });
    const first = probe.isUp();
    calls[0].resolve();
    await expect(first).resolves.toBe(true);
    now = 10_000;
    await expect(probe.isUp()).resolves.toBe(true); // the second ping is still pending
    await expect(probe.isUp()).resolves.toBe(true);
    expect(calls).toHaveLength(2); // one probe at a time, not one per request
    now = 40_001;
    await expect(probe.isUp()).resolves.toBe(false); // no answer for longer than the trusted window
    calls[1].resolve(); // the database catches up: its answer counts again
    await new Promise((resolve) => setImmediate(resolve));
    await expect(probe.isUp()).resolves.toBe(true);
    expect(calls).toHaveLength(3);
  });

  it("without any answer yet, a pending probe means down", async () => {
    const { ping } = manualPing();
    const probe = new DatabaseProbe(ping, { answerWithinMs: 5 });
    await expect(probe.isUp()).resolves.toBe(false);
  });
});
