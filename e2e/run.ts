/**
 * `npm run test:e2e`: Playwright against the built app (`next build` first), on a fresh database.
 * Starts and stops everything by PID on a free port, so no stale server is ever reused:
 * DATABASE_URL's server (a new database on it) or, when unset, an embedded PostgreSQL in a temp dir.
 * Set E2E_DEV=1 to run against `next dev` instead of the build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { freePort } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";
import { seedDemo } from "../db/seed";
import {
  acquireScratchServer,
  createDatabase,
  dropDatabase,
  uniqueDatabaseName,
  type ScratchServer,
} from "../db/scratch-server";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const playwrightCli = require.resolve("@playwright/test/cli");
const tsxCli = require.resolve("tsx/cli");
const root = path.resolve(import.meta.dirname, "..");

let database: ScratchServer | undefined;
let databaseName: string | undefined;
let server: ChildProcess | undefined;
// The job worker that delivers replies (`npm run worker`), against the same database.
let worker: ChildProcess | undefined;

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app server exited with code ${child.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app server did not answer ${url} within ${timeoutMs / 1000}s`);
}

async function stop(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || !child.pid) return;
  // Each child runs in its own process group: kill the group so next-server children go too.
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {}
  await new Promise((r) => child.once("exit", r));
}

async function cleanUp() {
  await stop(worker);
  await stop(server);
  if (database && databaseName)
    await dropDatabase(database.url, databaseName).catch((e) => console.error("Dropping the e2e database failed:", e));
  await database?.stop().catch(() => {});
}

async function main() {
  if (!process.env.E2E_DEV && !fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build found: run `npm run build` first (or set E2E_DEV=1).");
  }
  database = await acquireScratchServer({ overrideEnv: "CURTAIN_ALLOW_REMOTE_TEST_DB", tempPrefix: "curtain-e2e" });
  databaseName = uniqueDatabaseName("curtain_e2e");
  const databaseUrl = await createDatabase(database.url, databaseName);
  await migrateDatabase(databaseUrl);
  const seeded = await seedDemo(databaseUrl);
  console.log(`e2e database ${databaseName} on ${database.label} migrated and seeded`, seeded.demo);

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [nextBin, process.env.E2E_DEV ? "dev" : "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
        // `next start` is production: connector secrets need an explicit key (32 bytes, base64).
        CURTAIN_SECRET_KEY: process.env.CURTAIN_SECRET_KEY ?? "ZTJlLW9ubHktY29ubmVjdG9yLWtleS0wMTIzNDU2Nzg=",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  worker = spawn(process.execPath, [tsxCli, "lib/jobs/worker-cli.ts"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, CURTAIN_WORKER_CONCURRENCY: "2" },
  });
  await waitForServer(`${baseURL}/login`, server);
  console.log(`Curtain answering on ${baseURL} (pid ${server.pid})`);

  const runner = spawn(
    process.execPath,
    [playwrightCli, "test", "-c", "e2e/playwright.config.ts", ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, E2E_BASE_URL: baseURL, E2E_DATABASE_URL: databaseUrl },
    },
  );
  return new Promise<number>((resolve) => runner.on("exit", (code) => resolve(code ?? 1)));
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error);
} finally {
  await cleanUp();
}
process.exit(exitCode);
