import postgres from "postgres";

/** Refuses servers that are not on this machine unless explicitly allowed: tests create and drop databases. */
export function assertLocalServer(url: string, override = "CURTAIN_ALLOW_REMOTE_TEST_DB") {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host) && process.env[override] !== "1") {
    throw new Error(`Refusing to create test databases on ${host}; set ${override}=1 to allow it.`);
  }
}

/** Creates a uniquely named database on the server behind `serverUrl`; `drop()` removes it again. */
export async function createScratchDatabase(serverUrl: string, prefix: string) {
  assertLocalServer(serverUrl);
  const name = `${prefix}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  await sql.unsafe(`create database "${name}"`);
  await sql.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const conn = postgres(admin.toString(), { max: 1, onnotice: () => {} });
      await conn.unsafe(`drop database if exists "${name}" with (force)`);
      await conn.end();
    },
  };
}
