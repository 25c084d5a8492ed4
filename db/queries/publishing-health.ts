import { sql } from "drizzle-orm";
import type { DbOrTx } from "../connect";

export type TaskCounts = { task: string; queued: number; scheduled: number; running: number; failed: number };

/**
 * Worker health for Settings → Jobs, read from graphile-worker's tables (pinned 0.16; finished jobs are deleted,
 * so what remains is waiting, running or failed for good). Queue counts are for the whole installation (the
 * workers are shared); the last error is only one of this workspace's own jobs, so no other tenant's text shows.
 */
export async function jobHealth(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  const tasks = await db.execute<TaskCounts>(sql`
    select t.identifier as task,
      count(*) filter (where j.locked_at is null and j.attempts < j.max_attempts and j.run_at <= now())::int as queued,
      count(*) filter (where j.locked_at is null and j.attempts < j.max_attempts and j.run_at > now())::int as scheduled,
      count(*) filter (where j.locked_at is not null)::int as running,
      count(*) filter (where j.locked_at is null and j.attempts >= j.max_attempts)::int as failed
    from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
    group by t.identifier order by t.identifier`);
  const [busy] = await db.execute<{ workers: number }>(sql`
    select count(distinct locked_by)::int as workers from graphile_worker._private_jobs where locked_at is not null`);
  const [lastError] = await db.execute<{ task: string; error: string; at: Date }>(sql`
    select t.identifier as task, j.last_error as error, j.updated_at as at
    from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
    where j.last_error is not null and (
      (t.identifier = 'publish-target' and exists (
        select 1 from post_targets pt where pt.id::text = j.payload ->> 'targetId' and pt.workspace_id = ${workspaceId}))
      or (t.identifier = 'deliver-reply' and exists (
        select 1 from messages m where m.id::text = j.payload ->> 'messageId' and m.workspace_id = ${workspaceId})))
    order by j.updated_at desc limit 1`);
  const [lastTargetError] = await db.execute<{ error: string; at: Date }>(sql`
    select error, coalesce(published_at, first_sent_at) as at from post_targets
    where workspace_id = ${workspaceId} and status in ('failed', 'unknown') and error is not null
    order by first_sent_at desc nulls last limit 1`);
  const targets = await db.execute<{ status: string; n: number }>(sql`
    select t.status::text as status, count(*)::int as n
    from post_targets t join posts p on p.id = t.post_id
    where t.workspace_id = ${workspaceId} and p.scheduled_at > now() - interval '7 days' and p.scheduled_at <= now()
      and p.status in ('scheduled', 'published', 'failed')
    group by t.status`);
  const totals = tasks.reduce(
    (sum, t) => ({
      queued: sum.queued + t.queued,
      scheduled: sum.scheduled + t.scheduled,
      running: sum.running + t.running,
      failed: sum.failed + t.failed,
    }),
    { queued: 0, scheduled: 0, running: 0, failed: 0 },
  );
  return {
    totals,
    tasks: [...tasks],
    busyWorkers: busy?.workers ?? 0,
    lastError: lastError
      ? { task: lastError.task, error: lastError.error, at: new Date(lastError.at) }
      : lastTargetError
        ? { task: "publish-target", error: lastTargetError.error, at: new Date(lastTargetError.at) }
        : null,
    targets: Object.fromEntries(targets.map((r) => [r.status, r.n])) as Record<string, number>,
  };
}

export type JobHealth = Awaited<ReturnType<typeof jobHealth>>;
