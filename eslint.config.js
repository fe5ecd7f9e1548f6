import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/**", "data/**", "tmp/**", "openapi.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ["bin/**/*.mjs"], languageOptions: { globals: { process: "readonly" } } },
  {
    rules: {
      // Route generics and test bodies use `any` deliberately at the HTTP edge.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-control-regex": "off",
    },
  },
);
