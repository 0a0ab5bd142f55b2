import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

const config = [
  { ignores: [".next/**", ".next-bench/**", "server/workers/dist/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench/out/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // CommonJS build scripts (loaded by next.config.ts on every Node 20) import with require().
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The engine stays pure: no React, no Next, no I/O.
    files: ["lib/**/*.ts"],
    ignores: ["lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "next", "next/*", "@/components/*", "../../components/*"], message: "lib/ must not import React, Next or components." },
            { group: ["node:fs", "fs", "node:http", "http"], message: "lib/ does no I/O." },
          ],
        },
      ],
    },
  },
];

export default config;
