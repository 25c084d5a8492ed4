import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { percentile } from "../../../lib/metrics/percentile";
import type { Db } from "../../connect";
import type { BenchContext, Figure, Scenario } from "../context";
import { count, ms } from "../measure";

const POSTS = Number(process.env.CURTAIN_BENCH_PUBLISH_POSTS ?? 5_000);
const WORKERS = 2;
/** How long after the due time a run may take before it stops and reports what is still unpublished. */
const TIMEOUT_S = Number(process.env.CURTAIN_BENCH_PUBLISH_TIMEOUT_S ?? 900);
const CONCURRENCY = process.env.CURTAIN_BENCH_PUBLISH_CONCURRENCY ?? "8";
const LATENCY_MS = "20";
const LEASE_SECONDS = "10";
const root = path.resolve(import.meta.dirname, "../../..");

/** One workspace, a brand, two sandbox channels, POSTS scheduled posts with a target on each, due at `dueAt`. */
async function schedule(db: Db, tag: string, dueAt: Date) {
  const [ws] = await db.execute<{ id: string }>(
    sql`insert into workspaces (name, slug) values (${`Publish bench ${tag}`}, ${`publish-bench-${tag}`}) returning id`,
  );
  const workspaceId = ws!.id;
  const [brand] = await db.execute<{ id: string }>(
    sql`insert into identities (workspace_id, kind, display_name, handle) values (${workspaceId}, 'brand', 'Bench', '@bench') returning id`,
  );
  await db.execute(sql`
    insert into channels (workspace_id, platform, handle, identity_id)
    values (${workspaceId}, 'instagram', '@bench_ig', ${brand!.id}), (${workspaceId}, 'mastodon', '@bench_md', ${brand!.id})`);
  await db.execute(sql`
    insert into posts (workspace_id, identity_id, body, status, scheduled_at)
    select ${workspaceId}, ${brand!.id}, 'Bench post ' || g, 'scheduled', ${dueAt.toISOString()}::timestamptz
    from generate_series(1, ${POSTS}) g`);
  await db.execute(sql`
    insert into post_targets (workspace_id, post_id, channel_id, idempotency_key)
    select p.workspace_id, p.id, c.id, 'post:' || p.id || ':' || c.id
    from posts p join channels c on c.workspace_id = p.workspace_id where p.workspace_id = ${workspaceId}`);
  // The calendar's schedulePostPublishing, in bulk: one keyed job per target, run at the due time.
  await db.execute(sql`
    select graphile_worker.add_job('publish-target', json_build_object('targetId', id),
      run_at => ${dueAt.toISOString()}::timestamptz, job_key => 'publish-target:' || id)
    from post_targets where workspace_id = ${workspaceId}`);
  return workspaceId;
}

function startWorker(url: string, log?: string): ChildProcess {
  // `node --import tsx`, not the tsx CLI: the CLI runs the script in a child process, which a SIGKILL to the CLI
  // would leave running — the benchmark must kill the worker itself.
  return spawn(process.execPath, ["--import", "tsx", "lib/jobs/worker-cli.ts"], {
    cwd: root,
    // CURTAIN_BENCH_WORKER_LOG=dir keeps each worker's log (graphile-worker prints one line per job).
    stdio: log ? ["ignore", "ignore", openSync(log, "w")] : "ignore",
    env: {
      ...process.env,
      DATABASE_URL: url,
      CURTAIN_WORKER_CONCURRENCY: CONCURRENCY,
      CURTAIN_WORKER_POLL_MS: "200",
      CURTAIN_SANDBOX_LATENCY_MS: LATENCY_MS,
      CURTAIN_PUBLISH_LEASE_SECONDS: LEASE_SECONDS,
    },
  });
}

async function published(db: Db, workspaceId: string) {
  const [row] = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from post_targets where workspace_id = ${workspaceId} and status = 'published'`,
  );
  return row!.n;
}

async function results(db: Db, workspaceId: string) {
  const lateness = await db.execute<{ ms: number }>(sql`
    select extract(epoch from t.published_at - p.scheduled_at)::float8 * 1000 as ms
    from post_targets t join posts p on p.id = t.post_id
    where t.workspace_id = ${workspaceId} and t.status = 'published'`);
  const [row] = await db.execute<{
    targets: number;
    published: number;
    external: number;
    deliveries: number;
    keys: number;
    resent: number;
    posts_published: number;
  }>(sql`
    select count(*)::int as targets,
      count(*) filter (where status = 'published')::int as published,
      count(distinct external_id)::int as external,
      (select count(*)::int from sandbox_deliveries where workspace_id = ${workspaceId}) as deliveries,
      (select count(distinct idempotency_key)::int from sandbox_deliveries where workspace_id = ${workspaceId}) as keys,
      count(*) filter (where attempts > 1)::int as resent,
      (select count(*)::int from posts where workspace_id = ${workspaceId} and status = 'published') as posts_published
    from post_targets where workspace_id = ${workspaceId}`);
  return { times: lateness.map((r) => r.ms), ...row! };
}

async function run(ctx: BenchContext, label: string, kill: boolean): Promise<Figure> {
  const dueAt = new Date(Date.now() + 25_000);
  ctx.log(
    `publish${label}: scheduling ${count(POSTS)} posts (${count(POSTS * 2)} targets) due at ${dueAt.toISOString()}`,
  );
  const workspaceId = await schedule(ctx.db, `${Date.now()}`, dueAt);
  const logDir = process.env.CURTAIN_BENCH_WORKER_LOG;
  const workers = Array.from({ length: WORKERS }, (_, i) =>
    startWorker(ctx.url, logDir ? path.join(logDir, `publish${kill ? "-kill" : ""}-worker-${i + 1}.log`) : undefined),
  );
  let killed = "";
  try {
    const deadline = dueAt.getTime() + TIMEOUT_S * 1000;
    for (;;) {
      const done = await published(ctx.db, workspaceId);
      if (done >= POSTS * 2 || Date.now() > deadline) break;
      if (kill && !killed && done >= POSTS * 2 * 0.3) {
        // Mid-run: the first worker dies without a word, holding claimed targets and locked jobs.
        workers[0]!.kill("SIGKILL");
        killed = ` · worker SIGKILLed at ${count(done)} published`;
        ctx.log(`publish${label}: SIGKILL worker 1 at ${done} published; waiting for the sweep to reconcile`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise((r) => (w.exitCode !== null || w.signalCode ? r(null) : (w.once("exit", r), w.kill("SIGTERM")))),
      ),
    );
  }
  const r = await results(ctx.db, workspaceId);
  const lost = r.targets - r.published;
  const duplicates = r.deliveries - r.keys + (r.published - r.external);
  return {
    scenario: "publish",
    op: `${WORKERS} workers × ${CONCURRENCY}${kill ? ", one SIGKILLed" : ""}`,
    n: r.published,
    totalMs: Math.max(...r.times, 0),
    medianMs: percentile(r.times, 0.5),
    p95Ms: percentile(r.times, 0.95),
    note:
      `lateness p50 ${ms(percentile(r.times, 0.5))} / p99 ${ms(percentile(r.times, 0.99))} / max ${ms(Math.max(...r.times, 0))} ms · ` +
      `${count(r.published)}/${count(r.targets)} targets, ${count(r.posts_published)} posts published · ${lost} not published by the deadline · ` +
      `${duplicates} duplicates (${count(r.deliveries)} deliveries, ${count(r.external)} external ids) · ${r.resent} reconciled/resent${killed}`,
  };
}

export const publish: Scenario = {
  name: "publish",
  description: `${count(POSTS)} posts (${count(POSTS * 2)} targets) due in the same minute, sandbox ${LATENCY_MS} ms, ${WORKERS} worker processes; again with one SIGKILLed`,
  async run(ctx) {
    const figures = [await run(ctx, "", false)];
    figures.push(await run(ctx, " (kill)", true));
    return figures;
  },
};
