/**
 * `npm run rollups -- --rebuild [--workspace <uuid>]`: recomputes the report rollups from `responses`. Triggers keep
 * them current on every write; a rebuild is for after a restore, a manual fix of facts, or a change of the bucket
 * scheme. Progress to stderr, the result (JSON) to stdout.
 */
import { parseArgs } from "node:util";
import { openCliDatabase } from "./cli-database";
import { createDb } from "./connect";
import { rebuildResponseRollups } from "./queries/reports-rollups";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const USAGE = "usage: npm run rollups -- --rebuild [--workspace <workspace id>]";

let args;
try {
  args = parseArgs({ options: { rebuild: { type: "boolean" }, workspace: { type: "string" } } }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!args.rebuild || (args.workspace !== undefined && !UUID.test(args.workspace))) {
  console.error(USAGE);
  process.exit(2);
}

const database = await openCliDatabase();
const db = createDb(database.url, { max: 1 });
try {
  const started = performance.now();
  console.error(`Rebuilding response-time rollups${args.workspace ? ` of workspace ${args.workspace}` : ""}…`);
  const rows = await db.transaction((tx) => rebuildResponseRollups(tx, { workspaceId: args.workspace }));
  const seconds = (performance.now() - started) / 1000;
  console.error(`Done in ${seconds.toFixed(1)} s.`);
  console.log(JSON.stringify({ rebuilt: true, workspaceId: args.workspace ?? null, rows, seconds }));
} catch (error) {
  console.error("Rebuilding the rollups failed:", error);
  process.exitCode = 1;
} finally {
  await db.$client.end({ timeout: 5 });
  await database.close();
}
