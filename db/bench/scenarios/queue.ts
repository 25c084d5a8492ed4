import { sql } from "drizzle-orm";
import { createDb } from "../../connect";
import { parseQueueFilters } from "../../../lib/inbox/filters";
import { decodeCursor, type Keyset } from "../../queries/keyset";
import { claimNext } from "../../queries/queue-claim";
import { countQueueViews, listQueue, queueQuery, type QueueContext } from "../../queries/queue-list";
import type { BenchContext, Figure, Scenario } from "../context";
import { count, figure, sample } from "../measure";

const CLAIMERS = 32;
const CLAIMS = 4_000;
const DEEP_PAGE = 100;

/**
 * The reply queue at scale (issue 9). Run it on one big workspace plus noise:
 * `npm run bench -- queue --workspaces 10 --conversations 5000 --first-workspace 1000000`.
 * QUEUE_EXPLAIN=1 prints EXPLAIN (ANALYZE, BUFFERS) of every list query to stderr.
 */
export const queue: Scenario = {
  name: "queue",
  description: "reply queue: first page per view, page 100, counts per view, text search, claim next ×32",
  async run(ctx) {
    const data = await ctx.dataset();
    const workspaceId = data.workspaces[0]!.id;
    const { db } = ctx;
    const runs = ctx.options.runs;
    const setup = await prepare(ctx, workspaceId);
    const q: QueueContext = { workspaceId, userId: setup.userId, timeZone: "UTC" };
    const filters = (query: string) => parseQueueFilters(new URLSearchParams(query)).filters;
    const figures: Figure[] = [];

    const views = {
      mine: "view=mine",
      unassigned: "view=unassigned",
      brand: "view=brand",
      persona: `view=persona:${setup.personaId}`,
      mentions: "view=mentions",
      all: "view=all",
      "all, newest": "view=all&sort=newest",
      "all, breached urgent": "view=all&sla=breached&priority=urgent",
    };
    for (const [name, query] of Object.entries(views)) {
      ctx.log(`queue: first page (${name}) × ${runs}`);
      const page = await sample(runs, () => listQueue(db, q, filters(query)));
      figures.push(figure("queue", `first page: ${name}`, page.times, { note: `${page.last.items.length} rows` }));
      await explain(ctx, q, query);
    }

    ctx.log(`queue: walking to page ${DEEP_PAGE} (all, SLA order)`);
    let cursor: Keyset | undefined;
    for (let p = 1; p < DEEP_PAGE; p++) {
      const page = await listQueue(db, q, filters("view=all"), { cursor });
      if (!page.nextCursor) break;
      cursor = decodeCursor(page.nextCursor);
    }
    const deep = await sample(runs, () => listQueue(db, q, filters("view=all"), { cursor }));
    figures.push(figure("queue", `page ${DEEP_PAGE} (keyset)`, deep.times, { note: `${deep.last.items.length} rows` }));
    await explain(ctx, q, "view=all", cursor);

    ctx.log(`queue: counts per view × ${runs}`);
    const counts = await sample(runs, () => countQueueViews(db, { workspaceId, userId: setup.userId }));
    const c = counts.last;
    figures.push(
      figure("queue", "sidebar counts (one query)", counts.times, {
        note: `all ${count(c.all!)} · mine ${count(c.mine!)} · unassigned ${count(c.unassigned!)} · brand ${count(c.brand!)}`,
      }),
    );

    for (const [name, query] of [
      ["search: order number", "view=all&status=open,pending,snoozed,resolved&q=order %23100020)"],
      ["search: contact handle", `view=all&status=open,pending,snoozed,resolved&q=${encodeURIComponent(setup.handle)}`],
      ["search: common phrase", "view=all&q=thank you"],
    ] as const) {
      ctx.log(`queue: ${name} × ${runs}`);
      const found = await sample(runs, () => listQueue(db, q, filters(query)));
      figures.push(figure("queue", name, found.times, { note: `${found.last.items.length} rows` }));
      await explain(ctx, q, query);
    }

    figures.push(await claimBench(ctx, workspaceId, setup.members));
    return figures;
  },
};

/** A member with work, a persona, a handle to search for, some @mentions, and a vacuumed table. */
async function prepare(ctx: BenchContext, workspaceId: string) {
  const { db } = ctx;
  const [user] = await db.execute<{ id: string }>(sql`
    select assignee_id as id from conversations where workspace_id = ${workspaceId} and status = 'open'
      and assignee_id is not null group by 1 order by count(*) desc limit 1`);
  const [persona] = await db.execute<{ id: string }>(
    sql`select id from identities where workspace_id = ${workspaceId} and kind = 'persona' limit 1`,
  );
  const [contact] = await db.execute<{ handle: string }>(
    sql`select handle from contacts where workspace_id = ${workspaceId} order by handle desc limit 1`,
  );
  const members = await db.execute<{ id: string }>(
    sql`select user_id as id from memberships where workspace_id = ${workspaceId}`,
  );
  // "Mentions of me": a few hundred notes naming the member on open conversations.
  await db.execute(sql`
    insert into notes (workspace_id, conversation_id, author_user_id, body, mentions)
    select workspace_id, id, ${user!.id}, 'have a look', array[${user!.id}]::uuid[]
    from conversations where workspace_id = ${workspaceId} and status = 'open' limit 300`);
  // A freshly loaded table has no visibility map yet; autovacuum would set it soon after a real import.
  ctx.log("queue: VACUUM ANALYZE conversations, notes");
  await db.execute(sql`vacuum analyze conversations`);
  await db.execute(sql`vacuum analyze notes`);
  return { userId: user!.id, personaId: persona!.id, handle: contact!.handle, members: members.map((m) => m.id) };
}

async function explain(ctx: BenchContext, q: QueueContext, query: string, cursor?: Keyset) {
  if (!process.env.QUEUE_EXPLAIN) return;
  const filters = parseQueueFilters(new URLSearchParams(query)).filters;
  const statement = (await queueQuery(ctx.db, q, filters, { cursor })).query.toSQL();
  const rows = await ctx.db.$client.unsafe(`explain (analyze, buffers) ${statement.sql}`, statement.params as never[]);
  ctx.log(`EXPLAIN ${query}${cursor ? " (page 100)" : ""}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
}

/** CLAIMERS concurrent loops claiming until CLAIMS items are taken; every claimed id must be distinct. */
async function claimBench(ctx: BenchContext, workspaceId: string, members: string[]): Promise<Figure> {
  const pool = createDb(ctx.url, { max: CLAIMERS });
  try {
    ctx.log(`queue: claim next, ${CLAIMERS} claimers, ${count(CLAIMS)} claims`);
    const claimed: string[] = [];
    const times: number[] = [];
    let empty = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLAIMERS }, async (_, i) => {
        const userId = members[i % members.length]!;
        while (claimed.length + empty < CLAIMS) {
          const t0 = performance.now();
          const row = await claimNext(pool, { workspaceId, userId });
          times.push(performance.now() - t0);
          if (row) claimed.push(row.id);
          else empty++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const distinct = new Set(claimed).size;
    if (distinct !== claimed.length) throw new Error(`double claims: ${claimed.length - distinct}`);
    const f = figure("queue", `claim next ×${CLAIMERS}`, times, {
      note: `${count(claimed.length / seconds)} claims/s · ${count(claimed.length)} distinct, 0 double · ${empty} empty`,
    });
    return { ...f, rowsPerSec: claimed.length / seconds };
  } finally {
    await pool.$client.end({ timeout: 5 });
  }
}
