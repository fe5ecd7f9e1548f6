#!/usr/bin/env node
// Builds the dashboard bundle (app/ → app/dist) with Vite. `--if-missing` skips the build when a
// bundle already exists (npm start); npm install's `prepare` always rebuilds it.
import { existsSync } from "node:fs";
import { join } from "node:path";

const appDir = join(import.meta.dirname, "..", "app");
if (process.argv.includes("--if-missing") && existsSync(join(appDir, "dist", "index.html"))) process.exit(0);

let build;
try {
  ({ build } = await import("vite"));
} catch {
  console.error("The dashboard cannot be built: vite is not installed (run `npm install` with dev dependencies). /app will say so.");
  process.exit(process.argv.includes("--if-missing") ? 0 : 1);
}
await build({ configFile: join(appDir, "vite.config.ts"), logLevel: "warn" });
