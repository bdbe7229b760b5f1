import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { layerImportRules } from "./scripts/layers.mjs";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "build/**", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-globals": ["error", "fetch", "XMLHttpRequest", "WebSocket"],
    },
  },
  // The layers import one way only (ENGINEERING.md, README "代码结构"); see scripts/layers.mjs.
  ...layerImportRules(),
);
