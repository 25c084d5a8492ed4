/**
 * `npm run dev` / `npm start`: runs Curtain on the database in DATABASE_URL, or, when it is unset, on an embedded
 * PostgreSQL under .data/ that is migrated and seeded with demo data on first start, and stopped on exit.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { recordEmbeddedUrl } from "./cli-database";
import { DATA_DIR, startEmbeddedPostgres, type EmbeddedServer } from "./embedded";
import { localSecret } from "../lib/local-secrets";
import { startWorker, type WorkerHandle } from "../lib/jobs/worker";
import { migrateDatabase } from "./migrate";
import { seedIfEmpty } from "./seed";

const mode = process.argv[2] === "start" ? "start" : "dev";
const require = createRequire(import.meta.url);
// Development is `next dev`; production is Next's handler behind the server that adds Brotli for static assets.
const command =
  mode === "dev"
    ? [require.resolve("next/dist/bin/next"), "dev"]
    : [require.resolve("tsx/cli"), "lib/http/production-server.ts"];
const t0 = performance.now();
const elapsed = () => `${Math.round(performance.now() - t0)} ms`;

let embedded: EmbeddedServer | undefined;
const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
if (!env.DATABASE_URL) {
  embedded = await startEmbeddedPostgres().catch((error: Error) => {
    console.error(`Curtain cannot start: ${error.message}`);
    process.exit(1);
  });
  env.DATABASE_URL = embedded.url;

  console.log(`Embedded PostgreSQL up (${elapsed()}), data in ${DATA_DIR}/postgres`);
  await migrateDatabase(embedded.url);
  const seeded = await seedIfEmpty(embedded.url);
  console.log(seeded ? `Demo data seeded (${elapsed()})` : `Existing data reused (${elapsed()})`);
  // CLIs (`npm run worker`, `token`, `import`, …) started meanwhile use this server instead of starting their own.
  recordEmbeddedUrl(embedded.url);
} else {
  console.log("Using the database in DATABASE_URL (run `npm run db:migrate` and `npm run db:seed` to prepare it).");
}

// Development and the embedded default get generated secrets; production with its own database must set them.
if (mode === "dev" || embedded) {
  env.AUTH_SECRET ??= localSecret(DATA_DIR, "auth-secret");
  env.CURTAIN_SECRET_KEY ??= localSecret(DATA_DIR, "secret-key");
}

// Replies are delivered by a job worker; one runs here so `npm run dev` / `npm start` need nothing else.
// CURTAIN_EMBEDDED_WORKER=0 leaves delivery to separate `npm run worker` processes.
let worker: WorkerHandle | undefined;
if (process.env.CURTAIN_EMBEDDED_WORKER !== "0") {
  worker = await startWorker({ connectionString: env.DATABASE_URL!, quiet: true });
  console.log(`Job worker running (${elapsed()})`);
}

const child = spawn(process.execPath, [...command, ...process.argv.slice(3)], { stdio: "inherit", env });
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
  await worker?.stop().catch((error) => console.error("Stopping the job worker failed:", error));
  await embedded?.stop().catch((error) => console.error("Stopping PostgreSQL failed:", error));
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
child.on("exit", (code) => void shutdown(code ?? 0));
