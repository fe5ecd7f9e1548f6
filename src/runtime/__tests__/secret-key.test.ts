import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../config.ts";
import { generateSecretKeyText } from "../../core/secrets/secret-box.ts";
import { loadSecretBox, SECRET_KEY_FILE } from "../secret-key.ts";

describe("the secret key", () => {
  it("embedded: generated into the data directory on first start (owner-only), then reused", () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "op-secret-")), "data");
    const first = loadSecretBox(readConfig({ OPENPROSPECT_DATA_DIR: dataDir }));
    const file = join(dataDir, SECRET_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const keyText = readFileSync(file, "utf8");
    const sealed = first.seal("whsec_abc", "ctx");
    const again = loadSecretBox(readConfig({ OPENPROSPECT_DATA_DIR: dataDir }));
    expect(readFileSync(file, "utf8")).toBe(keyText);
    expect(again.open(sealed, "ctx")).toBe("whsec_abc");
  });

  it("OPENPROSPECT_SECRET_KEY wins, in base64 or hex; two processes with the same key open each other's values", () => {
    const key = generateSecretKeyText();
    const hex = Buffer.from(key, "base64").toString("hex");
    const api = loadSecretBox(readConfig({ OPENPROSPECT_SECRET_KEY: key, DATABASE_URL: "postgres://db.internal/op" }));
    const worker = loadSecretBox(readConfig({ OPENPROSPECT_SECRET_KEY: hex, DATABASE_URL: "postgres://db.internal/op" }));
    expect(worker.open(api.seal("token", "ctx"), "ctx")).toBe("token");
  });

  it("a shared PostgreSQL without a key, or a key that is not 32 bytes, stops start-up with a clear message", () => {
    expect(() => loadSecretBox(readConfig({ DATABASE_URL: "postgres://db.internal/op" }))).toThrow(/OPENPROSPECT_SECRET_KEY is required/);
    expect(() => loadSecretBox(readConfig({ OPENPROSPECT_SECRET_KEY: "too-short" }))).toThrow(/32 random bytes/);
  });
});
