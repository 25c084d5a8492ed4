/**
 * Curtain as the browser tests and the Lighthouse benchmark see it: a fresh, migrated and seeded database (on
 * DATABASE_URL's server, or an embedded PostgreSQL when unset), `next start` (or `next dev` with E2E_DEV=1) on a
 * free port and one job worker. Everything is started and stopped by PID, so no stale server is ever reused.
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";
import { seedDemo } from "../db/seed";
import { acquireScratchServer, createDatabase, dropDatabase, uniqueDatabaseName } from "../db/scratch-server";
import { projectRoot, spawnAppServer, spawnWorker, stopProcess, waitForServer } from "./processes";

export { projectRoot };
export type AppUnderTest = { baseURL: string; databaseUrl: string; stop: () => Promise<void> };

/** Starts the app; on any failure on the way, stops what was started before rethrowing. */
export async function startAppUnderTest({ label = "curtain_e2e" }: { label?: string } = {}): Promise<AppUnderTest> {
  const dev = Boolean(process.env.E2E_DEV);
  if (!dev && !fs.existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) {
    throw new Error("No production build found: run `npm run build` first (or set E2E_DEV=1).");
  }
  const database = await acquireScratchServer({
    overrideEnv: "CURTAIN_ALLOW_REMOTE_TEST_DB",
    tempPrefix: "curtain-e2e",
  });
  const databaseName = uniqueDatabaseName(label);
  let server: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  const stop = async () => {
    await stopProcess(worker);
    await stopProcess(server);
    await dropDatabase(database.url, databaseName).catch((e) => console.error("Dropping the test database failed:", e));
    await database.stop().catch(() => {});
  };
  try {
    const databaseUrl = await createDatabase(database.url, databaseName);
    await migrateDatabase(databaseUrl);
    const seeded = await seedDemo(databaseUrl);
    console.log(`database ${databaseName} on ${database.label} migrated and seeded`, seeded.demo);

    const port = await freePort();
    const baseURL = `http://127.0.0.1:${port}`;
    server = spawnAppServer({ databaseUrl, port, dev });
    worker = spawnWorker({ databaseUrl });
    await waitForServer(`${baseURL}/login`, server);
    console.log(`Curtain answering on ${baseURL} (pid ${server.pid})`);
    return { baseURL, databaseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
