import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

// The dashboard is a static bundle served by the API server at /app (src/http/plugins/dashboard.ts).
// No React plugin: Vite's own transform compiles TSX with the automatic JSX runtime, which keeps the
// build to one dependency and a few seconds.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/app/",
  logLevel: "warn",
  oxc: { jsx: { runtime: "automatic" } },
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1000 },
});
