import PgBoss from "pg-boss";
import type pg from "pg";

export interface BossOptions {
  /** pg-boss polls at least every half second; tests want it fast, production can relax. */
  pollingIntervalSeconds?: number;
  schedule?: boolean;
}

/** pg-boss on our own pool, so embedded PGlite and a real server go through the same connections. */
export async function startBoss(pool: pg.Pool, options: BossOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => pool.query(text, values as unknown[]) },
    schedule: options.schedule ?? true,
    supervise: true,
    migrate: true,
    // Expired jobs of a crashed worker are found by maintenance; run it often enough to recover fast.
    maintenanceIntervalSeconds: 30,
  });
  boss.on("error", () => undefined); // surfaced per job; a transient poll error must not crash the process
  await boss.start();
  return boss;
}
