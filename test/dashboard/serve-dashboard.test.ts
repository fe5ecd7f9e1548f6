import Fastify from "fastify";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { registerDashboard } from "../../src/http/plugins/dashboard.ts";

const dir = mkdtempSync(join(tmpdir(), "dashboard-dist-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function appServing(distDir: string) {
  const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await registerDashboard(app, distDir);
  await app.ready();
  return app;
}

describe("the dashboard's static files at /app", () => {
  it("serves the page at /app and /app/, its assets below, with a same-origin CSP", async () => {
    mkdirSync(join(dir, "built", "assets"), { recursive: true });
    writeFileSync(join(dir, "built", "index.html"), "<!doctype html><title>page</title>");
    writeFileSync(join(dir, "built", "assets", "index-abc.js"), "console.log(1)");
    const app = await appServing(join(dir, "built"));
    for (const url of ["/app", "/app/"]) {
      const page = await app.inject({ method: "GET", url });
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain("<title>page</title>");
      expect(page.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    }
    const asset = await app.inject({ method: "GET", url: "/app/assets/index-abc.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["content-type"]).toContain("javascript");
    expect((await app.inject({ method: "GET", url: "/app/missing.js" })).statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: "/app/../package.json" })).statusCode).not.toBe(200);
    await app.close();
  });

  it("says how to build it when the bundle is missing", async () => {
    const app = await appServing(join(dir, "never-built"));
    for (const url of ["/app", "/app/orders.js"]) {
      const answer = await app.inject({ method: "GET", url });
      expect(answer.statusCode, url).toBe(503);
      expect(answer.body).toContain("npm run build:app");
    }
    await app.close();
  });
});
