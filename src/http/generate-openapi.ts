import { randomBytes } from "node:crypto";
import { createSecretBox } from "../core/secrets/secret-box.ts";
import { createDb } from "../db/database.ts";
import { createPool } from "../db/pool.ts";
import { buildApp } from "./app.ts";

/**
 * The OpenAPI document as the running app serves it. Building the app needs no live database:
 * the pool connects lazily and no route runs.
 */
export async function generateOpenApiDocument(): Promise<string> {
  const pool = createPool("postgres://openapi@127.0.0.1:1/none", { max: 1 });
  const db = createDb(pool);
  const jobs = { send: async () => null, sendMany: async () => undefined };
  // A throwaway key: generating the document stores nothing.
  const app = await buildApp({ db, jobs, secrets: createSecretBox(randomBytes(32)) }, { logLevel: "silent" });
  try {
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
    await db.destroy();
  }
}
