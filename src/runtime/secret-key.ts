import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config.ts";
import { createSecretBox, generateSecretKeyText, parseSecretKey, type SecretBox } from "../core/secrets/secret-box.ts";

export const SECRET_KEY_FILE = "secret.key";

/**
 * OPENPROSPECT_SECRET_KEY when set. On the embedded database the key is generated into the data
 * directory on first start (it travels with the data). A shared PostgreSQL serves processes on
 * several machines, which must all hold the same key: there it has to come from the environment.
 */
export function loadSecretBox(config: Config): SecretBox {
  if (config.OPENPROSPECT_SECRET_KEY) return createSecretBox(parseSecretKey(config.OPENPROSPECT_SECRET_KEY));
  if (config.DATABASE_URL) {
    throw new Error("OPENPROSPECT_SECRET_KEY is required with DATABASE_URL (32 random bytes, e.g. `openssl rand -base64 32`); every api and worker process needs the same key");
  }
  const file = join(config.OPENPROSPECT_DATA_DIR, SECRET_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(config.OPENPROSPECT_DATA_DIR, { recursive: true });
    writeFileSync(file, `${generateSecretKeyText()}\n`, { mode: 0o600, flag: "wx" });
  }
  return createSecretBox(parseSecretKey(readFileSync(file, "utf8")));
}
