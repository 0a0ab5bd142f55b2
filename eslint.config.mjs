import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

// eslint-config-next's own copy of eslint-plugin-import (not a dependency of this project to import by name).
const importPlugin = nextCoreWebVitals.find((c) => c.plugins?.import)?.plugins.import;

// lib/ purity (see the lib/ block below).
const CLIENT_MODULE = "lib/queries.ts";
const CLIENT_MODULE_MAY_IMPORT = ["@tanstack/react-query"];
const LIB_RESTRICTED_PATHS = [
  { name: "@tanstack/react-query", message: "lib/ is pure: queries live in the client module, lib/queries.ts." },
];
const LIB_RESTRICTED_PATTERNS = [
  { group: ["react", "react/*", "react-dom", "react-dom/*", "next", "next/*", "nuqs", "nuqs/*"], message: "lib/ must not import React or Next." },
  { group: ["@/components/*", "@/app/*", "@/server/*", "**/components/*", "**/app/*", "**/server/*"], message: "lib/ must not import components, routes or server code." },
  { group: ["node:fs", "fs", "node:fs/*", "fs/*", "node:http", "http", "node:https", "https", "node:net", "net", "node:child_process", "child_process", "node:worker_threads", "worker_threads", "piscina", "idb-keyval"], message: "lib/ does no I/O." },
];
const LIB_RESTRICTED_GLOBALS = [
  { name: "fetch", message: "lib/ does not fetch: the client module lib/queries.ts does." },
  { name: "Response", message: "lib/ builds no Response: app/api routes and server/http do." },
  { name: "Request", message: "lib/ reads no Request: routes pass it plain values (server/http)." },
  { name: "XMLHttpRequest", message: "lib/ does not fetch." },
  { name: "WebSocket", message: "lib/ does not fetch." },
  { name: "EventSource", message: "lib/ does not fetch." },
  { name: "window", message: "lib/ is not browser code." },
  { name: "document", message: "lib/ is not browser code." },
  { name: "localStorage", message: "lib/ is not browser code." },
  { name: "sessionStorage", message: "lib/ is not browser code." },
  { name: "indexedDB", message: "lib/ is not browser code." },
  { name: "navigator", message: "lib/ is not browser code." },
];
const LIB_RESTRICTED_PROPERTIES = [
  ...["fetch", "Response", "Request", "XMLHttpRequest", "window", "document", "localStorage", "indexedDB", "navigator"].map((property) => ({
    object: "globalThis",
    property,
    message: "lib/ is pure: no I/O, no network, no browser state.",
  })),
  { object: "Response", property: "json", message: "lib/ builds no Response." },
];

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
    // lib/ is pure: plain data in, plain data out. No React, no Next, no routes or server code, no I/O, no network,
    // no browser state. The one exception is the browser's client module, lib/queries.ts (below). Response objects
    // are built in app/api and server/http, fetches happen in lib/queries.ts.
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["lib/**/*.test.ts", CLIENT_MODULE],
    rules: {
      "no-restricted-imports": ["error", { paths: LIB_RESTRICTED_PATHS, patterns: LIB_RESTRICTED_PATTERNS }],
      "no-restricted-globals": ["error", ...LIB_RESTRICTED_GLOBALS],
      "no-restricted-properties": ["error", ...LIB_RESTRICTED_PROPERTIES],
    },
  },
  {
    // The client module may fetch from this app's API and use TanStack Query; it is still no place for React or Next.
    files: [CLIENT_MODULE],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: LIB_RESTRICTED_PATHS.filter((p) => !CLIENT_MODULE_MAY_IMPORT.includes(p.name)),
          patterns: LIB_RESTRICTED_PATTERNS.filter((p) => !p.group.some((g) => CLIENT_MODULE_MAY_IMPORT.includes(g))),
        },
      ],
      "no-restricted-globals": ["error", ...LIB_RESTRICTED_GLOBALS.filter((g) => g.name !== "fetch")],
    },
  },
  {
    // A component renders a view model: it does not run the engine, build a URL or fetch (lib/view-models,
    // lib/scenario's URL actions and lib/queries.ts do).
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/engine/compute-exposure", "@/lib/engine/resolve-scenario", "@/lib/engine/rules-kernel", "@/lib/engine/determine-product"], message: "Components render view models (lib/view-models); the engine runs there." },
            { group: ["@/server/*", "@/app/api/*"], message: "Server code is not for components." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "fetch", message: "Components do not fetch: lib/queries.ts does." }, { name: "URLSearchParams", message: "Components do not build URLs: lib/scenario's URL actions do." }],
    },
  },
  {
    // The benchmark and build scripts may import only packages package.json declares.
    files: ["bench/**/*.mjs", "scripts/**/*.mjs", "scripts/**/*.cjs", "e2e/**/*.ts"],
    // eslint-config-next registers eslint-plugin-import for .js/.mjs/.ts files only; the .cjs scripts need it too.
    plugins: { import: importPlugin },
    rules: { "import/no-extraneous-dependencies": ["error", { devDependencies: true, optionalDependencies: false, peerDependencies: false }] },
  },
];

export default config;
