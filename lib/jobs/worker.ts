import { Logger, run, type Runner } from "graphile-worker";
import { createDb } from "@/db/connect";
import { curtainEnv } from "@/lib/env";
import { CRONTAB } from "./names";
import { createTaskList } from "./tasks";

export type WorkerHandle = { runner: Runner; stop: () => Promise<void> };

/**
 * Starts a graphile-worker runner on the database at `connectionString`. Any number of these may run (inside the
 * launcher, as `npm run worker`, several machines): jobs are claimed with SKIP LOCKED and each runs once at a time.
 */
export async function startWorker({
  connectionString,
  concurrency = curtainEnv().CURTAIN_WORKER_CONCURRENCY,
  pollInterval = curtainEnv().CURTAIN_WORKER_POLL_MS,
  quiet = false,
  cron = true,
}: {
  connectionString: string;
  concurrency?: number;
  pollInterval?: number;
  quiet?: boolean;
  /** Recurring jobs (sweep, metrics); tests that drive them by hand turn them off. */
  cron?: boolean;
}): Promise<WorkerHandle> {
  const db = createDb(connectionString, { max: concurrency + 1 });
  const runner = await run({
    connectionString,
    concurrency,
    // graphile-worker's own pool (default 10) must not be smaller than the jobs running at once.
    maxPoolSize: concurrency + 2,
    pollInterval,
    // The launcher and worker-cli handle signals themselves and stop the runner in order.
    noHandleSignals: true,
    taskList: createTaskList(db),
    // Every worker declares the crontab; graphile-worker runs each tick once across all of them.
    crontab: cron ? CRONTAB : "",
    ...(quiet ? { logger: quietLogger } : {}),
  });
  return {
    runner,
    stop: async () => {
      await runner.stop();
      await db.$client.end({ timeout: 5 });
    },
  };
}

// Only errors: the launcher shares its terminal with `next dev`, and a line per job would drown it.
const quietLogger = new Logger(() => (level, message) => {
  if (level === "error") console.error(`[worker] ${message}`);
});
