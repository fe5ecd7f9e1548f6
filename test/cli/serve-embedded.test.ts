import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServe, stopServe } from "./serve-process.ts";

const dataDir = mkdtempSync(join(tmpdir(), "openprospect-serve-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Runs on the embedded database only; it starts real processes, so it runs once (pglite project).
describe("openprospect serve on the embedded database", () => {
  it("prints working keys, keeps data across restarts, and refuses a second process on the same directory", async () => {
    const first = startServe({ OPENPROSPECT_DATA_DIR: dataDir });
    const base = await first.ready;
    const apiKey = /lnc_live_[0-9A-Za-z]{32}/.exec(first.output())![0];
    const adminKey = /lnc_admin_[0-9A-Za-z]{32}/.exec(first.output())![0];
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/docs/`)).status).toBe(200);
    const validate = await fetch(`${base}/api/v1/auth/validate`, { headers: { authorization: `Bearer ${apiKey}` } });
    expect(await validate.json()).toMatchObject({ valid: true });
    const created = await fetch(`${base}/api/admin/v1/organizations`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminKey}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "Survives restarts" }),
    });
    expect(created.status).toBe(201);

    const second = startServe({ OPENPROSPECT_DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain("is in use by process");

    expect(await stopServe(first)).toBe(0);
    const again = startServe({ OPENPROSPECT_DATA_DIR: dataDir });
    const base2 = await again.ready;
    expect(again.output()).not.toMatch(/lnc_live_/); // keys are printed on the first start only
    const orgs = await fetch(`${base2}/api/admin/v1/organizations`, { headers: { authorization: `Bearer ${adminKey}` } });
    const names = ((await orgs.json()) as { items: { name: string }[] }).items.map((o) => o.name);
    expect(names).toContain("Survives restarts");
    expect(await stopServe(again)).toBe(0);
  }, 120_000);

  it("makes exactly the keys named in the environment exist", async () => {
    const dir = mkdtempSync(join(tmpdir(), "openprospect-bootstrap-"));
    const apiKey = `lnc_live_${"A1b2C3d4".repeat(4)}`;
    const adminKey = `lnc_admin_${"Z9y8X7w6".repeat(4)}`;
    const serve = startServe({ OPENPROSPECT_DATA_DIR: dir, OPENPROSPECT_BOOTSTRAP_API_KEY: apiKey, OPENPROSPECT_BOOTSTRAP_ADMIN_KEY: adminKey });
    const base = await serve.ready;
    expect(serve.output()).not.toContain(apiKey);
    expect((await fetch(`${base}/api/v1/auth/validate`, { headers: { authorization: `Bearer ${apiKey}` } })).status).toBe(200);
    expect((await fetch(`${base}/api/admin/v1/organizations`, { headers: { authorization: `Bearer ${adminKey}` } })).status).toBe(200);
    await stopServe(serve);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
