/**
 * `npm run test:e2e`: Playwright against the built app (`next build` first), on a fresh database.
 * Set E2E_DEV=1 to run against `next dev` instead of the build. Arguments go to `playwright test`.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { projectRoot, startAppUnderTest, type AppUnderTest } from "./app-under-test";

const require = createRequire(import.meta.url);
const playwrightCli = require.resolve("@playwright/test/cli");

let app: AppUnderTest | undefined;
let exitCode = 1;
try {
  app = await startAppUnderTest();
  const { baseURL, databaseUrl } = app;
  const runner = spawn(
    process.execPath,
    [playwrightCli, "test", "-c", "e2e/playwright.config.ts", ...process.argv.slice(2)],
    {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...process.env, E2E_BASE_URL: baseURL, E2E_DATABASE_URL: databaseUrl },
    },
  );
  exitCode = await new Promise<number>((resolve) => runner.on("exit", (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(error);
} finally {
  await app?.stop();
}
process.exit(exitCode);
