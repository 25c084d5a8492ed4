import drizzle from "eslint-plugin-drizzle";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

// Tenant safety rests on WHERE clauses: an UPDATE or DELETE without one is refused. These are the names the Drizzle
// client goes by here (the app's `db`, a transaction's `tx`, the tests' `testDb()`).
const drizzleObjectName = ["db", "tx", "testDb"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName }],
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName }],
    },
  },
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "next-env.d.ts",
    "playwright-report/**",
    "test-results/**",
    "db/migrations/**",
  ]),
]);
