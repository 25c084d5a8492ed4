/**
 * How command-line tools (`npm run worker`, `token`, `import`, `simulate`, …) find their database, per
 * API-CONTRACT: DATABASE_URL when set; otherwise the embedded server a running `npm run dev` / `npm start`
 * launched (the launcher records its URL in the data directory, owner-only, and removes it on exit); otherwise
 * start the embedded server here, migrated, and stop it when the tool is done.
 */
import fs from "node:fs";
import path from "node:path";
import { DATA_DIR, startEmbeddedPostgres } from "./embedded";
import { migrateDatabase } from "./migrate";

const urlFile = (dataDir: string) => path.join(dataDir, "database-url");

/** Called by the launcher once its embedded server is up; the file disappears with the process. */
export function recordEmbeddedUrl(url: string, dataDir = DATA_DIR) {
  const file = urlFile(dataDir);
  fs.writeFileSync(file, url, { mode: 0o600 });
  process.once("exit", () => fs.rmSync(file, { force: true }));
}

function recordedUrl(dataDir: string): string | undefined {
  try {
    const url = fs.readFileSync(urlFile(dataDir), "utf8").trim();
    return url || undefined;
  } catch {
    return undefined;
  }
}

export type CliDatabase = { url: string; source: "env" | "running" | "started"; close: () => Promise<void> };

/** Resolves the database a CLI should use; call `close()` when done (stops a server this process started). */
export async function openCliDatabase(options: { dataDir?: string; log?: (line: string) => void } = {}) {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, source: "env", close: async () => {} } satisfies CliDatabase;
  }
  const dataDir = options.dataDir ?? DATA_DIR;
  const running = recordedUrl(dataDir);
  if (running) {
    log("Using the embedded PostgreSQL of the running Curtain.");
    return { url: running, source: "running", close: async () => {} } satisfies CliDatabase;
  }
  log("Starting the embedded PostgreSQL …");
  const server = await startEmbeddedPostgres({ dataDir, quiet: true });
  await migrateDatabase(server.url);
  return { url: server.url, source: "started", close: () => server.stop() } satisfies CliDatabase;
}
