import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateOrganization } from "../../src/core/organizations/update.ts";
import { renderProgressBar } from "../../src/cli/enrich/progress-bar.ts";
import { startFixtureWeb, type FixtureWeb } from "../support/fixture-web.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "openprospect-enrich-"));
let t: TestApp;
let web: FixtureWeb;
let owner: TestTenant;
let base: string;

beforeAll(async () => {
  t = await startTestApp({ workers: true, concurrency: 2, ports: async (db) => (web = await startFixtureWeb(db)).ports });
  owner = await createTenant(t.database.db);
  // A client's own orders of this size start without waiting for review.
  await updateOrganization(t.database.db, owner.organizationId, { auto_accept_max_companies: 10 });
  base = await t.app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await t.close();
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

function runCli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdout.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
}

describe("openprospect enrich", () => {
  it("enriches a German CRM export of fixture sites through the API and writes one row per company with prospect columns", async () => {
    const input = join(dir, "firmen.csv");
    const out = join(dir, "ergebnis.csv");
    writeFileSync(input, [
      "Kundennr;Firmenname;Webseite;PLZ;Ort;Land",
      "17;Holzbau Lindner;https://www.holzbau-lindner.de;;;DE",
      "18;BrightPath Analytics;brightpath-analytics.co.uk;;London;GB",
      "19;;;12345;Ulm;DE",
    ].join("\n"));
    const run = await runCli(["enrich", input, "--out", out, "--api", base, "--key", owner.key, "--features", "COMPANY_DATA,CONTACTS", "--poll-ms", "300"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('company_name ← "Firmenname"');
    expect(run.stderr).not.toContain("█"); // stderr is a pipe here: no progress bar
    const rows = parse(readFileSync(out, "utf8"), { columns: true, delimiter: ";" }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => [r.Kundennr, r.status])).toEqual([["17", "ENRICHED"], ["18", "ENRICHED"], ["19", "INVALID"]]);
    expect(rows[0]).toMatchObject({ Firmenname: "Holzbau Lindner", domain: "holzbau-lindner.de", company_name: expect.stringContaining("Lindner") });
    expect(Number(rows[0]!.prospect_count)).toBeGreaterThan(0);
    expect(rows[0]!.prospect_1_full_name).not.toBe("");
    expect(rows[1]!.domain).toBe("brightpath-analytics.co.uk");
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(["PLZ", "prospect_5_email", "match_score"]));
  }, 180_000);

  it("fails with a clear message for a file without usable columns", async () => {
    const input = join(dir, "umsatz.csv");
    writeFileSync(input, "Umsatz,Mitarbeiter\n100,5\n");
    const run = await runCli(["enrich", input, "--out", join(dir, "x.csv"), "--api", base, "--key", owner.key]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no column for a company name or website");
  }, 60_000);
});

describe("the progress bar", () => {
  it("shows processed rows of the total", () => {
    expect(renderProgressBar({ status: "IN_PROGRESS", progress: { total: 4, processed: 1 } })).toMatch(/^█{8}░{22} 1\/4 \(25%\) IN_PROGRESS$/);
  });
});
