/**
 * Vitest global setup: ONE fresh, migrated database per test run, dropped afterwards. It lives on the server in
 * DATABASE_URL (local only, unless CURTAIN_ALLOW_REMOTE_TEST_DB=1) or, when that is unset, on a throwaway embedded
 * PostgreSQL (see db/scratch-server.ts).
 */
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../migrate";
import { acquireScratchServer, createDatabase, dropDatabase, uniqueDatabaseName } from "../scratch-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of this run's fresh, migrated test database (read it with `inject("databaseUrl")`). */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await acquireScratchServer({
    overrideEnv: "CURTAIN_ALLOW_REMOTE_TEST_DB",
    tempPrefix: "curtain-test-pg",
  });
  const name = uniqueDatabaseName("curtain_test");
  let created = false;
  const teardown = async () => {
    try {
      if (created) await dropDatabase(server.url, name);
    } finally {
      await server.stop();
    }
  };

  try {
    const url = await createDatabase(server.url, name);
    created = true;
    await migrateDatabase(url);
    console.log(`[curtain tests] database ${name} on ${server.label}`);
    project.provide("databaseUrl", url);
    process.env.TEST_DATABASE_URL = url;
  } catch (error) {
    await teardown().catch((cleanupError) => console.error("[curtain tests] cleanup failed:", cleanupError));
    throw error;
  }
  return teardown;
}
