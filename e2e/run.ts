/**
 * `npm run test:e2e`: Playwright against the built app (`next build` first), on a fresh database.
 * Starts and stops everything by PID on a free port, so no stale server is ever reused:
 * DATABASE_URL's server (a new database on it) or, when unset, an embedded PostgreSQL in a temp dir.
 * Set E2E_DEV=1 to run against `next dev` instead of the build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres, type EmbeddedServer } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";
import { seedDemo } from "../db/seed";
import { createScratchDatabase } from "../db/testing/scratch-database";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const playwrightCli = require.resolve("@playwright/test/cli");
const root = path.resolve(import.meta.dirname, "..");

let embedded: EmbeddedServer | undefined;
let tempDir: string | undefined;
let server: ChildProcess | undefined;
let dropDatabase: (() => Promise<void>) | undefined;

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app server exited with code ${child.exitCode}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app server did not answer ${url} within ${timeoutMs / 1000}s`);
}

async function cleanUp() {
  if (server && server.exitCode === null && server.pid) {
    // The server runs in its own process group: kill the group so next-server children go too.
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {}
    await new Promise((r) => server!.once("exit", r));
  }
  await dropDatabase?.().catch((e) => console.error("Dropping the e2e database failed:", e));
  await embedded?.stop().catch(() => {});
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
}

async function main() {
  if (!process.env.E2E_DEV && !fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build found: run `npm run build` first (or set E2E_DEV=1).");
  }
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "curtain-e2e-"));
    embedded = await startEmbeddedPostgres({ dataDir: tempDir, persistent: false, quiet: true });
    serverUrl = embedded.url;
  }
  const scratch = await createScratchDatabase(serverUrl, "curtain_e2e");
  dropDatabase = scratch.drop;
  await migrateDatabase(scratch.url);
  const seeded = await seedDemo(scratch.url);
  console.log(`e2e database ${scratch.name} migrated and seeded`, seeded.demo);

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [nextBin, process.env.E2E_DEV ? "dev" : "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: scratch.url,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      // `next start` is production: connector secrets need an explicit key (32 bytes, base64).
      CURTAIN_SECRET_KEY: process.env.CURTAIN_SECRET_KEY ?? "ZTJlLW9ubHktY29ubmVjdG9yLWtleS0wMTIzNDU2Nzg=",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  await waitForServer(`${baseURL}/login`, server);
  console.log(`Curtain answering on ${baseURL} (pid ${server.pid})`);

  const runner = spawn(process.execPath, [playwrightCli, "test", "-c", "e2e/playwright.config.ts", ...process.argv.slice(2)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, E2E_BASE_URL: baseURL, E2E_DATABASE_URL: scratch.url },
  });
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
