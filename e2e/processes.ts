/**
 * The processes Curtain runs as (the production server or `next dev`, and the job worker), started in their own process
 * groups so stopping one stops its children too. Used by the e2e runner, the Lighthouse benchmark and the
 * scale-out spec (which starts a second app instance and a second worker on the suite's database).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const tsxCli = require.resolve("tsx/cli");
export const projectRoot = path.resolve(import.meta.dirname, "..");

/** The same secrets for every instance: a session signed by one must verify on another. */
export const appEnv = (databaseUrl: string) => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
  // `next start` is production: connector secrets need an explicit key (32 bytes, base64).
  CURTAIN_SECRET_KEY: process.env.CURTAIN_SECRET_KEY ?? "ZTJlLW9ubHktY29ubmVjdG9yLWtleS0wMTIzNDU2Nzg=",
  NEXT_TELEMETRY_DISABLED: "1",
});

export function spawnAppServer({
  databaseUrl,
  port,
  dev = false,
  env = {},
}: {
  databaseUrl: string;
  port: number;
  dev?: boolean;
  /** Extra settings for this instance only (the scale-out spec gives B its own API rate limit). */
  env?: Record<string, string>;
}) {
  const command = dev ? [nextBin, "dev"] : [tsxCli, "lib/http/production-server.ts"];
  return spawn(process.execPath, [...command, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: projectRoot,
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...appEnv(databaseUrl), ...env },
  });
}

/** `npm run worker` against the database: delivers replies, publishes posts, runs the cron sweeps. */
export function spawnWorker({ databaseUrl }: { databaseUrl: string }) {
  return spawn(process.execPath, [tsxCli, "lib/jobs/worker-cli.ts"], {
    cwd: projectRoot,
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, CURTAIN_WORKER_CONCURRENCY: "2" },
  });
}

export async function waitForServer(url: string, child: ChildProcess, timeoutMs = 120_000) {
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

export async function stopProcess(child: ChildProcess | undefined, signal: NodeJS.Signals = "SIGTERM") {
  if (!child || child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    process.kill(-child.pid, signal);
  } catch {}
  await exited;
}
