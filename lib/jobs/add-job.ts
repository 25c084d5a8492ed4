import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connect";
import type { JobName, JobPayloads } from "./names";

export type AddJobOptions = {
  /** One pending job per key: adding again replaces the waiting one instead of queueing a second. */
  jobKey?: string;
  maxAttempts?: number;
  runAt?: Date;
};

/**
 * Enqueues a graphile-worker job with plain SQL through the caller's connection, so when `db` is a transaction
 * the job exists exactly when the transaction commits (no job for a rolled-back reply, no reply without its job).
 */
export async function addJob<N extends JobName>(
  db: DbOrTx,
  name: N,
  payload: JobPayloads[N],
  options: AddJobOptions = {},
) {
  await db.execute(sql`select graphile_worker.add_job(
    identifier => ${name},
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? null}::int,
    job_key => ${options.jobKey ?? null}::text
  )`);
}
