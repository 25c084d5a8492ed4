import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { Logger, runMigrations as migrateJobQueue } from "graphile-worker";
import { createDb } from "./connect";

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/**
 * Applies the committed drizzle-kit migrations, then graphile-worker's own schema (`graphile_worker`, which
 * replies enqueue into with SQL); both are safe to run repeatedly.
 */
export async function migrateDatabase(url: string) {
  const db = createDb(url, { max: 1 });
  try {
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await db.$client.end();
  }
  await migrateJobQueue({ connectionString: url, logger: silentLogger });
}

const silentLogger = new Logger(() => (level, message) => {
  if (level === "error") console.error(`[graphile-worker] ${message}`);
});
