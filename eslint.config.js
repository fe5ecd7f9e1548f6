import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";

// The layer rules of docs/ARCHITECTURE.md, enforced: http, jobs, cli → core, engine; core → db, engine;
// engine → nothing of ours outside engine; db → nothing; route files never touch the database.
const layerZones = [
  { target: "./src/core", from: ["./src/http", "./src/jobs", "./src/runtime", "./src/cli"], message: "core holds the business rules; it must not depend on transport, job runners or process wiring." },
  { target: "./src/engine", from: ["./src/core", "./src/db", "./src/http", "./src/jobs", "./src/runtime", "./src/cli"], message: "engine is tenant-agnostic: it may not reach core, the database or transport." },
  { target: "./src/db", from: ["./src/core", "./src/engine", "./src/http", "./src/jobs", "./src/runtime", "./src/cli"], message: "db depends on nothing of ours." },
  { target: "./src/http/routes", from: ["./src/db"], message: "route files call core verbs; they never touch the database." },
  { target: "./src", from: ["./eval", "./bench", "./test"], message: "the product never depends on its evaluation tooling, benchmarks or tests." },
];

export default tseslint.config(
  { ignores: ["node_modules/**", "app/dist/**", "data/**", "tmp/**", "openapi.json", "test/lint/fixtures/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ["bin/**/*.mjs"], languageOptions: { globals: { process: "readonly", console: "readonly" } } },
  { files: ["eval/**/*.mjs"], languageOptions: { globals: { process: "readonly", console: "readonly" } } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-control-regex": "off",
    },
  },
  {
    // Tests read JSON response bodies field by field; typing each body would restate openapi.json.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["src/**/*.ts", "eval/**/*.ts"],
    plugins: { "import-x": importX },
    // The dependency graph is read with the TypeScript parser (otherwise no-cycle sees no imports at all).
    settings: {
      "import-x/extensions": [".ts", ".mjs", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
);
