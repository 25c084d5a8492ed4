import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { sql } from "drizzle-orm";
import { percentile } from "../../../lib/metrics/percentile";
import { createDb, type Db } from "../../connect";
import { getConversationView } from "../../queries/conversation-view";
import { sendReply } from "../../queries/replies";
import type { Role } from "../../schema/enums";
import type { BenchContext, Scenario } from "../context";
import { count, figure, ms } from "../measure";

const AGENTS = 16;
const HOT = 2_000;
const SENDS_PER_AGENT = 150;
const root = path.resolve(import.meta.dirname, "../../..");
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");

type Agent = { id: string; role: Role };
type Hot = { id: string; version: number };

/** 16 agents answer random hot conversations at once, each with the version it just read (as the composer does). */
async function sendStorm(
  db: Db,
  workspaceId: string,
  brandId: string,
  agents: Agent[],
  hot: Hot[],
  perAgent = SENDS_PER_AGENT,
) {
  const times: number[] = [];
  const wins = new Map<string, number>();
  let conflicts = 0;
  let other = 0;
  await Promise.all(
    agents.map(async (agent, a) => {
      for (let i = 0; i < perAgent; i++) {
        // Agents cluster on a small window of the hot set, so some of them collide like real colleagues do.
        const target = hot[(a * 7 + i * 13 + Math.floor(Math.random() * 40)) % hot.length]!;
        const [row] = await db.execute<{ version: number }>(
          sql`select version from conversations where id = ${target.id}`,
        );
        const started = performance.now();
        const result = await sendReply(db, {
          workspaceId,
          conversationId: target.id,
          version: row!.version,
          identityId: brandId,
          body: `Thanks for reaching out (${a}.${i})`,
          user: agent,
        });
        times.push(performance.now() - started);
        if (result.ok) wins.set(target.id, (wins.get(target.id) ?? 0) + 1);
        else if (result.code === "conflict") conflicts++;
        else other++;
      }
    }),
  );
  return { times, wins, conflicts, other };
}

function startWorkers(url: string, n: number) {
  return Array.from({ length: n }, () =>
    spawn(process.execPath, [tsxCli, "lib/jobs/worker-cli.ts"], {
      cwd: root,
      stdio: "ignore",
      env: { ...process.env, DATABASE_URL: url, CURTAIN_WORKER_CONCURRENCY: "4" },
    }),
  );
}

/** Runs N worker processes until no reply is queued; throughput from the first to the last delivery timestamp. */
async function drain(ctx: BenchContext, n: number, since: Date) {
  const workers = startWorkers(ctx.url, n);
  try {
    for (;;) {
      const [left] = await ctx.db.execute<{ n: number }>(
        sql`select count(*)::int as n from messages where delivery_status = 'queued'`,
      );
      if (left!.n === 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await Promise.all(
      workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : (w.once("exit", r), w.kill("SIGTERM"))))),
    );
  }
  const [row] = await ctx.db.execute<{ n: number; seconds: number }>(sql`
    select count(*)::int as n, extract(epoch from max(delivered_at) - min(delivered_at))::float8 as seconds
    from messages where delivered_at >= ${since.toISOString()}::timestamptz`);
  return { delivered: row!.n, seconds: Math.max(row!.seconds, 0.001) };
}

export const reply: Scenario = {
  name: "reply",
  description: `send-reply with ${AGENTS} agents on ${count(HOT)} hot conversations, conversation view, sandbox delivery with 1 and 2 workers`,
  async run(ctx) {
    const data = await ctx.dataset();
    const workspaceId = data.workspaces[0]!.id;
    const pool = createDb(ctx.url, { max: AGENTS + 2 });
    try {
      const [brand] = await ctx.db.execute<{ id: string }>(
        sql`select id from identities where workspace_id = ${workspaceId} and kind = 'brand'`,
      );
      const members = await ctx.db.execute<Agent>(
        sql`select user_id as id, role from memberships where workspace_id = ${workspaceId} and role in ('admin', 'manager', 'social_media_manager')`,
      );
      const agents = Array.from({ length: AGENTS }, (_, i) => members[i % members.length]!);
      const hot = [
        ...(await ctx.db.execute<Hot>(
          sql`select id, version from conversations where workspace_id = ${workspaceId} order by (status = 'open') desc, last_message_at desc limit ${HOT}`,
        )),
      ];

      // One agent alone first: the server time of a send without contention, to read the 16-agent figure against.
      ctx.log(`reply: 1 agent × ${ctx.options.runs} sends`);
      const solo = await sendStorm(pool, workspaceId, brand!.id, agents.slice(0, 1), hot, ctx.options.runs);
      const soloWon = [...solo.wins.values()].reduce((s, n) => s + n, 0);
      for (const h of hot) h.version += solo.wins.get(h.id) ?? 0;

      ctx.log(`reply: ${AGENTS} agents × ${SENDS_PER_AGENT} sends on ${hot.length} conversations`);
      const storm = await sendStorm(pool, workspaceId, brand!.id, agents, hot);
      const won = [...storm.wins.values()].reduce((s, n) => s + n, 0);
      // Lost updates: every conversation's version must have moved by exactly its number of successful sends.
      const versions = new Map(
        (
          await ctx.db.execute<Hot>(
            sql`select id, version from conversations where id = any(${`{${hot.map((h) => h.id).join(",")}}`}::uuid[])`,
          )
        ).map((r) => [r.id, r.version]),
      );
      const lost = hot.filter((h) => versions.get(h.id)! - h.version !== (storm.wins.get(h.id) ?? 0)).length;

      ctx.log(`reply: conversation view × ${ctx.options.runs}`);
      const viewTimes: number[] = [];
      for (let i = 0; i < ctx.options.runs + 3; i++) {
        const started = performance.now();
        await getConversationView(ctx.db, { workspaceId, conversationId: hot[(i * 37) % hot.length]!.id });
        if (i >= 3) viewTimes.push(performance.now() - started);
      }

      ctx.log(`reply: delivering ${count(won + soloWon)} replies with 1 worker process`);
      const one = await drain(ctx, 1, new Date(0));
      ctx.log("reply: queueing the same number again for 2 worker processes");
      const before = new Date();
      const again = await sendStorm(pool, workspaceId, brand!.id, agents, hot);
      const wonAgain = [...again.wins.values()].reduce((s, n) => s + n, 0);
      const two = await drain(ctx, 2, before);

      const [dup] = await ctx.db.execute<{ sent: number; external: number; deliveries: number }>(sql`
        select count(*)::int as sent, count(distinct external_id)::int as external,
               (select count(*)::int from sandbox_deliveries where workspace_id = ${workspaceId}) as deliveries
        from messages where workspace_id = ${workspaceId} and idempotency_key is not null and delivery_status = 'sent'`);
      const duplicates = dup!.deliveries - dup!.external + (dup!.sent - dup!.external);

      return [
        figure("reply", "send (1 agent)", solo.times, { note: `${count(soloWon)} sent` }),
        figure("reply", `send (${AGENTS} agents)`, [...storm.times, ...again.times], {
          note: `${count(won + wonAgain)} sent · ${count(storm.conflicts + again.conflicts)} conflicts · ${lost} lost updates · p95 ${ms(percentile([...storm.times, ...again.times], 0.95))} ms`,
        }),
        figure("reply", "conversation view", viewTimes, { note: "thread + notes + contact panel" }),
        {
          scenario: "reply",
          op: "delivery, 1 worker",
          n: one.delivered,
          totalMs: one.seconds * 1000,
          rowsPerSec: one.delivered / one.seconds,
          note: `${count(one.delivered)} msgs`,
        },
        {
          scenario: "reply",
          op: "delivery, 2 workers",
          n: two.delivered,
          totalMs: two.seconds * 1000,
          rowsPerSec: two.delivered / two.seconds,
          note: `${count(two.delivered)} msgs · ${duplicates} duplicate deliveries (${count(dup!.external)} external ids for ${count(dup!.sent)} sent)`,
        },
      ];
    } finally {
      await pool.$client.end({ timeout: 5 });
    }
  },
};
