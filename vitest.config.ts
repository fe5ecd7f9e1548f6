import { defineConfig } from "vitest/config";

// Every suite runs on embedded PGlite; with TEST_DATABASE_URL the database-backed suites (test/)
// run a second time against that PostgreSQL server.
const serverProject = process.env.TEST_DATABASE_URL
  ? [
      {
        extends: true as const,
        test: {
          name: "postgres",
          include: ["test/**/*.test.ts", "sdk/test/**/*.test.ts"],
          // this one starts `serve` on the embedded database itself
          exclude: ["test/cli/serve-embedded.test.ts"],
          env: { OPENPROSPECT_TEST_BACKEND: "postgres" },
        },
      },
    ]
  : [];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    globalSetup: ["test/support/global-setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "pglite",
          include: ["src/**/__tests__/**/*.test.ts", "eval/**/__tests__/**/*.test.ts", "test/**/*.test.ts", "sdk/test/**/*.test.ts"],
          // worker processes sharing one database need a PostgreSQL server
          // LISTEN/NOTIFY between API processes exists only on a PostgreSQL server
          exclude: ["test/e2e/crash-safety.test.ts", "test/platform/key-change-listener.test.ts"],
          env: { OPENPROSPECT_TEST_BACKEND: "pglite" },
        },
      },
      ...serverProject,
    ],
  },
});
